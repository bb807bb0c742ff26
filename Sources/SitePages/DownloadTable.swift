import Foundation
import SiteModel
import Spreadsheet

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

    /// The indicator whose observations the table holds; nil for the site-wide tables.
    public var indicator: IndicatorID? = nil
    /// How many rows the table has, where that is known without making them (the observation tables).
    public var rowCount: Int? = nil

    /// Whether a workbook is made beside the CSV: a sheet holds at most `Worksheet.maximumRows` rows, header
    /// included, so a national site's file of every observation is a CSV only (its indicators' files have both).
    public var hasWorkbook: Bool { (rowCount ?? 0) < Worksheet.maximumRows }

    /// The CSV file, every cell exactly as in the content.
    public func csv() -> [UInt8] {
        var writer = CSVWriter(header: columns.map(\.name))
        rows { writer.append($0) }
        return writer.bytes
    }

    /// The same CSV, written into the file at `file` a megabyte at a time as its rows are made: a national site's
    /// file of every observation is gigabytes, which a growing array would also copy into one twice its size.
    public func writeCSV(to file: URL, partSize: Int = 1 << 20) throws {
        let output = try ByteFile.writing(file)
        var writer = CSVWriter(header: columns.map(\.name))
        var failure: ByteFile.Failure?
        rows { row in
            writer.append(row)
            guard writer.bytes.count >= partSize else { return }
            do throws(ByteFile.Failure) {
                if failure == nil { try output.append(writer.bytes) }
            } catch {
                failure = error
            }
            writer.removeBytes()
        }
        if let failure { throw failure }
        try output.append(writer.bytes)
    }

    /// The most rows whose workbook sheet is made in memory rather than through a scratch file: about 30 MB of
    /// XML (an indicator of the 1 M bench has 20,000 rows). `all.xlsx` and the site tables, whose length is not
    /// known ahead, go through a scratch file, as does an indicator of a national site's 3,000 regions.
    public static let rowsKeptInMemory = 50_000

    /// Whether a table of `rowCount` rows (nil: not known ahead) makes its sheet in memory.
    static func keepsRowsInMemory(_ rowCount: Int?) -> Bool {
        guard let rowCount else { return false }
        return rowCount <= rowsKeptInMemory
    }

    /// `x.csv` → `x.xlsx`, the workbook for spreadsheets.
    public var workbookFile: String { DownloadTable.workbookName(of: file) }

    public static func workbookName(of file: String) -> String { String(file.dropLast(4)) + ".xlsx" }

    /// The zip of every download, with a README (`SitePlan.downloadsArchive`).
    public static let archiveFile = "downloads.zip"
}
