import SiteModel

/// Limits no real content file comes near; past them a file is hostile or broken, and reading on would only
/// cost time and flood the terminal.
enum CSVLimits {
    /// Columns in one file.
    static let columns = 1_000
    /// Characters (Unicode scalars) in one cell; a long note is a few hundred.
    static let cellLength = 10_000
}

/// What a column may hold, decided once per file from its name so every cell gets the same rules.
///
/// Columns `<prefix>_<lang>` for a language of site.yml (`name_en`, `note_zh`, `title_fr`) hold prose: tabs,
/// line breaks (in quoted cells) and bidirectional marks are allowed there, and spaces are kept as written.
/// Every other column holds an id, code, number, period, date or URL, where none of these is allowed and
/// surrounding spaces are removed with a warning (a `" urban"` would otherwise be a category of its own).
enum CSVColumnKind {
    case prose
    case code

    init(name: String, languages: [LanguageCode]) {
        self = languages.contains { name.hasSuffix("_\($0.rawValue)") && name.count > $0.rawValue.count + 1 } ? .prose : .code
    }
}

extension LoadState {
    /// Checks every character of the header and the rows once, in the sheet layer, so no field has its own rules
    /// for invisible characters. Returns the cells as later checks should see them: code cells and header names
    /// trimmed, and header names without the reported characters (so a name is not also reported missing).
    mutating func checkedCells(_ table: CSVTable, in path: String) -> (header: [CSVCell], rows: [CSVRecord]) {
        let header = table.header.map { checkedHeaderCell($0, in: path) }
        let kinds = header.map { CSVColumnKind(name: $0.text, languages: siteLanguages) }
        let rows = table.records.map { record in
            var record = record
            for index in record.cells.indices {
                let kind = index < kinds.count ? kinds[index] : .code
                let column = index < header.count ? header[index].text : ""
                // Written back only when changed: most cells are not, and a write would copy the row's cells.
                if let changed = checkedCell(record.cells[index], kind: kind, column: column, in: path) {
                    record.cells[index] = changed
                }
            }
            return record
        }
        return (header, rows)
    }

    private mutating func checkedHeaderCell(_ cell: CSVCell, in path: String) -> CSVCell {
        var cell = cell
        if reportCharacterProblem(cell, kind: .code, column: nil, in: path) {
            cell.text.unicodeScalars.removeAll { $0.isControlCharacter || $0.isInvisibleFormatCharacter }
        }
        let trimmed = Self.trimmed(cell)
        if trimmed.text != cell.text, !trimmed.text.isEmpty {
            error("column name \(quoted(cell.text)) has spaces around it: write \(quoted(trimmed.text))", at: cell, in: path)
        }
        return trimmed
    }

    /// The cell as later checks should see it; nil where that is the cell as read.
    private mutating func checkedCell(_ cell: CSVCell, kind: CSVColumnKind, column: String, in path: String) -> CSVCell? {
        guard !cell.text.isEmpty else { return nil }
        if reportCharacterProblem(cell, kind: kind, column: column, in: path) || kind == .prose { return nil }
        guard Self.mayHaveSpaceAround(cell.text) else { return nil }
        let trimmed = Self.trimmed(cell)
        if trimmed.text != cell.text, !trimmed.text.isEmpty {
            warning("spaces around \(quoted(cell.text)) in \(column) are removed", at: cell, in: path)
        }
        return trimmed
    }

    /// Reports the first character `kind` does not allow, or a cell over the length limit; true when it did.
    /// `column` is nil for a header cell.
    private mutating func reportCharacterProblem(
        _ cell: CSVCell, kind: CSVColumnKind, column: String?, in path: String
    ) -> Bool {
        var what: String { column.map { $0.isEmpty ? "a cell" : "a cell of \($0)" } ?? "a column name" }
        var length = 0
        if Self.isPrintableASCII(cell.text) {
            // Most cells: no character of them has a problem (see `problem(with:kind:)`), each byte is one scalar.
            length = cell.text.utf8.count
        } else {
            for scalar in cell.text.unicodeScalars {
                length += 1
                if let problem = Self.problem(with: scalar, kind: kind) {
                    error("\(problem) in \(what): remove it", at: cell, in: path)
                    return true
                }
            }
        }
        guard length <= CSVLimits.cellLength else {
            error(
                "\(what) has \(length) characters; a cell holds at most \(CSVLimits.cellLength)", at: cell, in: path)
            return true
        }
        return false
    }

    private static func problem(with scalar: Unicode.Scalar, kind: CSVColumnKind) -> String? {
        switch scalar {
        case " "..."~":
            return nil
        case "\t", "\n":
            guard kind == .code else { return nil }
            return scalar == "\t" ? "a tab" : "a line break"
        case _ where scalar.isControlCharacter:
            return "control character \(codePoint(scalar))"
        case _ where scalar.isInvisibleFormatCharacter:
            guard kind == .code else { return nil }
            return "invisible character \(codePoint(scalar))"
        default:
            return nil
        }
    }

    /// `U+001B`, as character tables name it.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether every byte of `text` is a printable ASCII character (space to `~`), checked on the UTF-8 bytes.
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
    }

    /// False where `text` surely starts and ends with a character other than white space, found from its first
    /// and last UTF-8 bytes alone: an ASCII byte there is the whole first or last character. True where
    /// `trimmed` has to look at the characters (a non-ASCII end may be a no-break space).
    static func mayHaveSpaceAround(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return true }
        func isSolidASCII(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
        return !(isSolidASCII(first) && isSolidASCII(last))
    }

    /// The cell without surrounding white space (no-break spaces too, which spreadsheets leave); it keeps its
    /// place, so messages still point at the start of the cell.
    static func trimmed(_ cell: CSVCell) -> CSVCell {
        let scalars = cell.text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return CSVCell(text: "", line: cell.line, column: cell.column) }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return cell }
        return CSVCell(text: String(scalars[first...last]), line: cell.line, column: cell.column)
    }
}
