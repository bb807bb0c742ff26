import SiteModel

/// A column of a download file: its name, its Table Schema type, and the interface key that explains it.
///
/// One definition serves the CSV header, the `datapackage.json` schema and the data page, so the three
/// can never disagree.
public struct DownloadColumn: Sendable, Hashable {
    public enum FieldType: String, Sendable { case string, number, integer }

    public let name: String
    public let type: FieldType
    /// Key under `columns.` in the interface strings; `{lang}` in the text names the column's language.
    public let explanationKey: String
    public let language: LanguageCode?

    init(_ name: String, _ type: FieldType = .string, explanation: String? = nil, language: LanguageCode? = nil) {
        self.name = name
        self.type = type
        self.explanationKey = explanation ?? name
        self.language = language
    }
}

/// A download file as a table: the file name, columns, and rows of text made on demand.
///
/// Rows are produced only when the file is written, one at a time, so the data page and the data package can
/// describe a table without building it, and writing it never holds every row at once.
public struct DownloadTable: Sendable {
    public let file: String
    /// Interface key naming what the file holds.
    public let titleKey: String
    public let columns: [DownloadColumn]
    /// Hands every row, in order, to `emit`.
    public let rows: @Sendable (_ emit: ([String]) -> Void) -> Void

    /// The CSV file, exact; `forSpreadsheets`, the copy for Excel: a byte order mark and no cell a formula.
    public func csv(forSpreadsheets: Bool = false) -> [UInt8] {
        let reader: CSVWriter.Reader =
            forSpreadsheets ? .spreadsheet(textColumns: columns.map { $0.type == .string }) : .program
        var writer = CSVWriter(header: columns.map(\.name), for: reader)
        rows { writer.append($0) }
        return writer.bytes
    }

    /// `x.csv` → `x.excel.csv`, the copy for spreadsheets.
    public var excelFile: String { DownloadTable.excelName(of: file) }

    public static func excelName(of file: String) -> String { String(file.dropLast(4)) + ".excel.csv" }
}
