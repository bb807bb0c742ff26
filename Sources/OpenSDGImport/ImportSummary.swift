/// What an import did, printed by `almanac import opensdg` and checked by the tests.
public struct ImportSummary: Sendable {
    public struct Skipped: Hashable, Sendable {
        public var reason: String
        public var count: Int
        /// The first place it happened (`data/indicator_5-5-1.csv:3 "1974a"`).
        public var first: String
    }

    public struct Missing: Hashable, Sendable {
        public var language: String
        public var count: Int
        public var examples: [String]
    }

    public var indicators: Int
    public var indicatorsWithData: Int
    public var observations: Int
    public var regions: Int
    public var dimensions: Int
    /// `reported`, `in_progress`, `not_started`, `non_statistical` → number of indicators.
    public var reportingStatuses: [String: Int]
    public var skipped: [Skipped]
    public var missingTranslations: [Missing]
    public var filledMissing: Bool
    public var defaultLanguage: String
    public var problems: [ImportProblem]

    public var skippedRows: Int { skipped.reduce(0) { $0 + $1.count } }

    /// The report, one line each, in English as every message of the command line.
    public var lines: [String] {
        var lines = problems.map(\.description)
        let statuses = reportingStatuses.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        lines.append(
            "Imported \(indicators) indicators (\(statuses.joined(separator: ", ")); \(indicatorsWithData) with data), "
                + "\(observations) observations, \(regions) regions, \(dimensions) dimensions")
        if skipped.isEmpty {
            lines.append("Skipped: nothing")
        } else {
            lines.append("Skipped: \(skippedRows) (by reason, with the first place)")
            for entry in skipped { lines.append("  \(entry.count) \(entry.reason): \(entry.first)") }
        }
        if missingTranslations.isEmpty {
            lines.append("Translations missing: none")
        } else {
            let handling =
                filledMissing ? "filled with the \(defaultLanguage) text" : "left empty for the build to fall back from"
            lines.append("Translations missing (\(handling)):")
            for entry in missingTranslations {
                lines.append("  \(entry.language): \(entry.count) texts, e.g. \(entry.examples.joined(separator: "; "))")
            }
        }
        return lines
    }
}
