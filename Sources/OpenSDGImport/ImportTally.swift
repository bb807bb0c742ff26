/// What the import counts as it goes, for the summary: rows left out by reason, texts missing by language.
struct ImportTally: Sendable {
    /// reason → (count, first place it happened).
    var skipped: [String: (count: Int, first: String)] = [:]
    /// language → (count, first few texts that lack it).
    var missing: [String: (count: Int, examples: [String])] = [:]

    mutating func skip(_ reason: String, at place: String) {
        let old = skipped[reason]
        skipped[reason] = ((old?.count ?? 0) + 1, old?.first ?? place)
    }

    mutating func missing(_ language: String, _ what: String) {
        var entry = missing[language] ?? (0, [])
        entry.count += 1
        if entry.examples.count < 3 { entry.examples.append(what) }
        missing[language] = entry
    }
}
