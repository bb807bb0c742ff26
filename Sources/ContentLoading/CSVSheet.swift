import SiteModel

/// A CSV content file after its syntax and shape were checked: cells are found by column name, and every
/// row has exactly as many cells as the header (a row that had not is reported, then cut or padded).
struct CSVSheet {
    let path: String
    let header: [CSVCell]
    let rows: [CSVRecord]
    private let columnIndex: [String: Int]

    init(path: String, header: [CSVCell], rows: [CSVRecord]) {
        self.path = path
        self.header = header
        self.rows = rows
        var index: [String: Int] = [:]
        for (position, cell) in header.enumerated() where index[cell.text] == nil {
            index[cell.text] = position
        }
        columnIndex = index
    }

    var columnNames: [String] { header.map(\.text) }

    func hasColumn(_ name: String) -> Bool { columnIndex[name] != nil }

    /// The cell of `column` in `row`, or nil where the file has no such column.
    func cell(_ column: String, _ row: CSVRecord) -> CSVCell? {
        columnIndex[column].map { row.cells[$0] }
    }

    /// The text of `column` in `row`; "" where the column is missing or the cell empty.
    func text(_ column: String, _ row: CSVRecord) -> String {
        cell(column, row)?.text ?? ""
    }

    /// Where a problem with the header itself is reported: the start of the header row.
    var headerLine: Int { header.first?.line ?? 1 }
}

extension LoadState {
    /// Reads and splits a CSV file, reporting syntax errors, a missing header, duplicate column names and rows
    /// whose number of cells differs from the header's.
    mutating func readCSV(_ path: String, required: Bool = true) -> CSVSheet? {
        guard let text = readText(path, required: required) else { return nil }
        let (table, problems) = CSVReader.read(text)
        for problem in problems {
            error(problem.message, path, line: problem.line, column: problem.column)
        }
        guard !table.header.isEmpty else {
            error("the file is empty; it needs at least a header row", path, line: 1, column: 1)
            return nil
        }
        var seen: Set<String> = []
        for cell in table.header where !seen.insert(cell.text).inserted {
            error("duplicate column \(quoted(cell.text))", at: cell, in: path)
        }
        let width = table.header.count
        var rows: [CSVRecord] = []
        rows.reserveCapacity(table.records.count)
        for var record in table.records {
            if record.cells.count != width {
                error(
                    "row has \(record.cells.count) cells but the header has \(width)", path, line: record.line,
                    column: 1)
                record.cells = Self.fitted(record.cells, width: width)
            }
            rows.append(record)
        }
        return CSVSheet(path: path, header: table.header, rows: rows)
    }

    /// A reported row cut or padded to the header's width, so its id still counts and one missing cell does
    /// not make every reference to the row an error too. Padding cells sit where the row ends.
    private static func fitted(_ cells: [CSVCell], width: Int) -> [CSVCell] {
        guard cells.count < width else { return Array(cells.prefix(width)) }
        let last = cells[cells.count - 1]
        let end = CSVCell(text: "", line: last.line, column: last.column + last.text.unicodeScalars.count)
        return cells + Array(repeating: end, count: width - cells.count)
    }

    /// Reports each of `columns` the sheet lacks; true when all are there.
    @discardableResult
    mutating func requireColumns(_ columns: [String], in sheet: CSVSheet) -> Bool {
        var complete = true
        for column in columns where !sheet.hasColumn(column) {
            error("missing column \(column)", sheet.path, line: sheet.headerLine, column: 1)
            complete = false
        }
        return complete
    }

    /// Checks the per-language columns `<prefix>_<lang>`: all required, or (optional) all or none.
    mutating func checkLanguageColumns(
        _ prefix: String, languages: [LanguageCode], in sheet: CSVSheet, required: Bool
    ) {
        let names = languages.map { "\(prefix)_\($0.rawValue)" }
        let missing = names.filter { !sheet.hasColumn($0) }
        guard required || missing.count < names.count else { return }
        let list = languages.map(\.rawValue).joined(separator: ", ")
        for name in missing {
            error(
                "missing column \(name) (\(prefix)_* is needed for every language of site.yml: \(list))",
                sheet.path, line: sheet.headerLine, column: 1)
        }
    }

    /// The text of a required cell, or nil with an error where it is empty; nil silently where the column is
    /// missing (reported once for the header).
    mutating func requiredText(_ column: String, _ row: CSVRecord, in sheet: CSVSheet) -> String? {
        guard let cell = sheet.cell(column, row) else { return nil }
        guard !cell.text.isEmpty else {
            error("empty \(column)", at: cell, in: sheet.path)
            return nil
        }
        return cell.text
    }

    /// The `<prefix>_<lang>` cells of a row; where `required`, an empty one is an error.
    mutating func localized(
        _ prefix: String, languages: [LanguageCode], _ row: CSVRecord, in sheet: CSVSheet, required: Bool
    ) -> Localized {
        var values = Localized()
        for language in languages {
            let column = "\(prefix)_\(language.rawValue)"
            let text = required ? requiredText(column, row, in: sheet) : sheet.cell(column, row)?.text
            if let text, !text.isEmpty { values[language] = text }
        }
        return values
    }
}

extension LoadState {
    /// Records `key` as first seen on `cell`'s line; false, with an error naming that line, when seen before.
    mutating func isFirstOccurrence<Key: Hashable>(
        _ key: Key, _ what: String, at cell: CSVCell, in sheet: CSVSheet, seen: inout [Key: Int]
    ) -> Bool {
        if let first = seen[key] {
            error("duplicate \(what) (first on line \(first))", at: cell, in: sheet.path)
            return false
        }
        seen[key] = cell.line
        return true
    }
}

extension LoadState {
    /// Warns about columns the file does not define, which are most often misspellings (`nmae_en`) or a
    /// language that site.yml does not list; their cells are ignored.
    mutating func warnUnknownColumns(
        _ sheet: CSVSheet, known: [String], perLanguage prefixes: [String], languages: [LanguageCode]
    ) {
        let accepted = Set(known + prefixes.flatMap { prefix in languages.map { "\(prefix)_\($0.rawValue)" } })
        // Without languages (site.yml could not give them, and says so) no `<prefix>_<lang>` column can be judged.
        let languagesUnknown = languages.isEmpty
        func isPerLanguage(_ name: String) -> Bool { prefixes.contains { name.hasPrefix($0 + "_") } }
        for cell in sheet.header where !accepted.contains(cell.text) && !(languagesUnknown && isPerLanguage(cell.text)) {
            warning("unknown column \(quoted(cell.text)) is ignored", at: cell, in: sheet.path)
        }
    }
}
