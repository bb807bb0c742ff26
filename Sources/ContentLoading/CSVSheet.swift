import SiteModel

/// A CSV content file after its syntax and shape were checked: cells are found by column name, and every
/// row has exactly as many cells as the header (a row that had not is reported, then cut or padded).
struct CSVSheet {
    let path: String
    let header: [CSVCell]
    let rows: [CSVRecord]
    private let columnIndex: [String: Int]
    private let lowercasedNames: Set<String>

    init(path: String, header: [CSVCell], rows: [CSVRecord]) {
        self.path = path
        self.header = header
        self.rows = rows
        var index: [String: Int] = [:]
        for (position, cell) in header.enumerated() where index[cell.text] == nil {
            index[cell.text] = position
        }
        columnIndex = index
        lowercasedNames = Set(header.map { $0.text.lowercased() })
    }

    /// Whether the header has `name` spelled with other capitals only (`Value`), which is reported as that.
    func hasMisspelling(of name: String) -> Bool {
        columnIndex[name] == nil && lowercasedNames.contains(name.lowercased())
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
        readText(path, required: required).flatMap { parseCSV($0, path) }
    }

    /// `readCSV` of a text already read.
    mutating func parseCSV(_ text: String, _ path: String) -> CSVSheet? {
        let (table, problems) = CSVReader.read(text)
        for problem in problems {
            error(problem.message, path, line: problem.line, column: problem.column)
        }
        guard let first = table.header.first else {
            error("the file is empty; it needs at least a header row", path, line: 1, column: 1)
            return nil
        }
        if table.header.count == 1, let separator = Self.foreignSeparator(in: first.text) {
            error(
                "this file seems to use \(separator); Almanac reads commas (save it as CSV, comma-separated)", at: first,
                in: path)
            return nil
        }
        guard table.header.count <= CSVLimits.columns else {
            error("the file has \(table.header.count) columns; at most \(CSVLimits.columns) are read", at: first, in: path)
            return nil
        }
        let width = table.header.count
        var records: [CSVRecord] = []
        records.reserveCapacity(table.records.count)
        for var record in table.records {
            if record.cells.count != width {
                error(
                    "row has \(record.cells.count) cells but the header has \(width)", path, line: record.line,
                    column: 1)
                record.cells = Self.fitted(record.cells, width: width)
            }
            records.append(record)
        }
        let (header, rows) = checkedCells(CSVTable(header: table.header, records: records), in: path)
        var seen: Set<String> = []
        for cell in header where !seen.insert(cell.text).inserted {
            error("duplicate column \(quoted(cell.text))", at: cell, in: path)
        }
        return CSVSheet(path: path, header: header, rows: rows)
    }

    /// A header read as one column that holds semicolons or tabs: the file was saved with another separator.
    private static func foreignSeparator(in header: String) -> String? {
        if header.contains(";") { return "semicolons" }
        if header.contains("\t") { return "tabs" }
        return nil
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
            if !sheet.hasMisspelling(of: column) {
                error("missing column \(column)", sheet.path, line: sheet.headerLine, column: 1)
            }
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
        for (language, name) in zip(languages, names) where missing.contains(name) && !sheet.hasMisspelling(of: name) {
            let message = "missing column \(name) (\(prefix)_* is needed for every language of site.yml: \(list))"
            let location = location(sheet.path, line: sheet.headerLine, column: 1)
            if !requiresTranslation(in: language), let defaultLanguage = siteLanguages.first,
                required || !missing.contains("\(prefix)_\(defaultLanguage.rawValue)")
            {
                // Each row's text is a gap of its own (see `localized`); one warning speaks for the column.
                report(.warning("\(message): every \(language) text of this file is shown in \(defaultLanguage)", at: location))
            } else {
                report(.error(message, at: location))
            }
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

    /// The `<prefix>_<lang>` cells of a row; where `required`, an empty one is a missing translation (an error
    /// in the default language, else a fallback to it: `missingTranslation`).
    mutating func localized(
        _ prefix: String, languages: [LanguageCode], _ row: CSVRecord, in sheet: CSVSheet, required: Bool
    ) -> Localized {
        var values = Localized()
        for language in languages {
            let column = "\(prefix)_\(language.rawValue)"
            let cell = sheet.cell(column, row)
            if let text = cell?.text, !text.isEmpty {
                values[language] = text
            } else if required {
                // A missing column is reported once for the header; its rows are gaps without a message each.
                let place = cell.map { location(sheet.path, line: $0.line, column: $0.column) }
                    ?? location(sheet.path, line: row.line, column: 1)
                missingTranslation("empty \(column)", text: column, language: language, at: place, warns: cell != nil)
            }
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

    /// Whether an id cell may name a page (`<lang>/indicators/<id>.html`, `<lang>/topics/<id>.html`): a slug and not
    /// a reserved name; false, with an error naming `what` (`indicator id`), where it may not.
    mutating func isSlugID(_ cell: CSVCell, _ what: String, in sheet: CSVSheet) -> Bool {
        guard IDSyntax.isSlug(cell.text) else {
            error("bad \(what) \(quoted(cell.text)): \(IDSyntax.slugRule)", at: cell, in: sheet.path)
            return false
        }
        guard !IDSyntax.isReserved(cell.text) else {
            error("bad \(what): \(IDSyntax.reservedRule(cell.text))", at: cell, in: sheet.path)
            return false
        }
        return true
    }

    /// Records an id that becomes a file name; false, with an error naming the other id, when one seen before
    /// differs from it only by case (`abc`, `ABC`), as the two files would be one on many file systems.
    mutating func hasOwnFileName(
        _ id: String, _ what: String, at cell: CSVCell, in sheet: CSVSheet, seen: inout [String: (id: String, line: Int)]
    ) -> Bool {
        let key = IDSyntax.fileNameKey(id)
        if let other = seen[key] {
            error(
                "\(what) \(quoted(id)) differs from \(quoted(other.id)) (line \(other.line)) only by case; their pages would be one file on macOS and Windows",
                at: cell, in: sheet.path)
            return false
        }
        seen[key] = (id, cell.line)
        return true
    }
}

extension LoadState {
    /// Warns about columns the file does not define, which are most often misspellings (`nmae_en`) or a
    /// language that site.yml does not list; their cells are ignored. A known name with other capitals is an
    /// error (see `reportMisspelledColumns`).
    mutating func warnUnknownColumns(
        _ sheet: CSVSheet, known: [String], perLanguage prefixes: [String], languages: [LanguageCode]
    ) {
        let accepted = Set(known + prefixes.flatMap { prefix in languages.map { "\(prefix)_\($0.rawValue)" } })
        let misspelled = reportMisspelledColumns(sheet, accepted: accepted)
        // Without languages (site.yml could not give them, and says so) no `<prefix>_<lang>` column can be judged.
        let languagesUnknown = languages.isEmpty
        func isPerLanguage(_ name: String) -> Bool { prefixes.contains { name.hasPrefix($0 + "_") } }
        for cell in sheet.header where !accepted.contains(cell.text) && !misspelled.contains(cell.text) {
            if languagesUnknown && isPerLanguage(cell.text) { continue }
            if let language = Self.otherLanguage(of: cell.text, prefixes: prefixes, languages: languages) {
                warning(Self.otherLanguageMessage(cell.text, language, languages), at: cell, in: sheet.path)
            } else {
                warning("unknown column \(quoted(cell.text)) is ignored", at: cell, in: sheet.path)
            }
        }
    }

    /// Reports each column named as an accepted one with other capitals (`Flag`, `Name_en`): read as a column of
    /// its own it would be ignored, or become a new dimension, in silence. Returns those names.
    @discardableResult
    mutating func reportMisspelledColumns(_ sheet: CSVSheet, accepted: Set<String>) -> Set<String> {
        let spellings = Dictionary(accepted.map { ($0.lowercased(), $0) }, uniquingKeysWith: min)
        var misspelled: Set<String> = []
        for cell in sheet.header where !accepted.contains(cell.text) {
            guard let spelling = spellings[cell.text.lowercased()] else { continue }
            error("column \(quoted(cell.text)) must be spelled \(quoted(spelling))", at: cell, in: sheet.path)
            misspelled.insert(cell.text)
        }
        return misspelled
    }

    /// The language of a column `<prefix>_<lang>` whose language site.yml does not list (`note_fr`).
    /// Nil when site.yml gave no languages: it reports that itself, and no column can be judged without them.
    static func otherLanguage(of column: String, prefixes: [String], languages: [LanguageCode]) -> String? {
        guard !languages.isEmpty else { return nil }
        for prefix in prefixes where column.hasPrefix(prefix + "_") {
            let language = String(column.dropFirst(prefix.count + 1))
            if IDSyntax.isLanguageCode(language), !languages.contains(LanguageCode(language)) { return language }
        }
        return nil
    }

    static func otherLanguageMessage(_ column: String, _ language: String, _ languages: [LanguageCode]) -> String {
        let list = languages.map(\.rawValue).joined(separator: ", ")
        return "column \(quoted(column)) is for language \(language), which is not among the languages of site.yml (\(list)); its cells are ignored"
    }
}
