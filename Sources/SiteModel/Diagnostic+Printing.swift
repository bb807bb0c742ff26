extension Diagnostic {
    /// The most messages printed for one file, and in all: past them, more lines only bury the first ones, which
    /// are the ones to fix first.
    public static let printedPerFile = 50
    public static let printedInAll = 500

    /// The lines that print `diagnostics` (sorted by file), capped per file and in all; each cap leaves a `note:`
    /// line counting what it held back, so nothing disappears in silence. Counts of errors are taken from the
    /// diagnostics themselves, never from these lines.
    public static func printedLines(_ diagnostics: [Diagnostic]) -> [String] {
        var lines: [String] = []
        var printed = 0
        var index = diagnostics.startIndex
        while index < diagnostics.endIndex {
            let file = diagnostics[index].location.file
            let end = diagnostics[index...].firstIndex { $0.location.file != file } ?? diagnostics.endIndex
            let room = min(printedPerFile, printedInAll - printed)
            guard room > 0 else {
                let rest = diagnostics[index...]
                let files = Set(rest.map(\.location.file)).count
                lines.append(
                    "note: … and \(count(rest.count, "more problem")) in \(count(files, "more file")) not shown"
                        + errorsAmong(rest))
                break
            }
            let shown = diagnostics[index..<min(end, index + room)]
            lines += shown.flatMap(\.textLines)
            printed += shown.count
            let hidden = diagnostics[shown.endIndex..<end]
            if !hidden.isEmpty {
                lines.append(
                    "\(file.escapingInvisibleCharacters): note: … and \(count(hidden.count, "more problem")) in this file"
                        + errorsAmong(hidden))
            }
            index = end
        }
        return lines
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func errorsAmong(_ diagnostics: ArraySlice<Diagnostic>) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        return errors == 0 ? "" : " (\(count(errors, "error")))"
    }
}
