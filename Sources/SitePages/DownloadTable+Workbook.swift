import Foundation
import SiteModel
import Spreadsheet

/// The `.xlsx` beside each CSV: the same rows on a sheet `data`, numbers as numbers and text as text that is
/// never a formula, the header row frozen; then, per site language, a sheet that says what the file holds.
extension SiteContext {
    /// The data sheet's name: language-neutral, as the column names are.
    static let dataSheetName = "data"

    public func workbook(_ table: DownloadTable) throws -> [UInt8] {
        try workbook(table, scratch: nil).xlsx()
    }

    /// The same workbook, written into the empty file at `file` as it is made. A long table's data sheet puts its
    /// rows in a scratch file beside it a megabyte at a time, then into the workbook, so a million-row sheet (about
    /// 600 MB of XML) is never in memory; a shorter one keeps them, as writing them out and reading them back was
    /// a tenth of a national site's download work and the kernel's copies of it.
    public func writeWorkbook(_ table: DownloadTable, to file: URL) throws {
        let scratch = DownloadTable.keepsRowsInMemory(table.rowCount) ? nil : try ByteFile.scratch(beside: file)
        try workbook(table, scratch: scratch).write(to: file)
    }

    private func workbook(_ table: DownloadTable, scratch: ByteFile?) -> Workbook {
        // One string table for all the sheets: the data rows' texts come first, then the About sheets' own.
        let strings = SharedStrings()
        var data = Worksheet(frozenRows: 1, strings: strings, scratch: scratch)
        data.appendHeader(table.columns.map(\.name))
        // Number columns hold numbers where a value is a plain decimal, and text where it is not.
        let numeric = table.columns.map { $0.type != .string }
        table.rows { data.append(texts: $0, numberColumns: numeric) }
        let about = languages.map { language in
            Workbook.Sheet(name: self.strings(language)["spreadsheet.about_sheet"], worksheet: aboutSheet(table, language, strings))
        }
        let title = text(site.settings.title, defaultLanguage) + " — " + table.file
        return Workbook(title: title, sheets: [Workbook.Sheet(name: Self.dataSheetName, worksheet: data)] + about)
    }

    /// What the file holds, its unit and sources for an indicator's file, who publishes it, and every column.
    private func aboutSheet(_ table: DownloadTable, _ language: LanguageCode, _ sharedStrings: SharedStrings) -> Worksheet {
        let strings = strings(language)
        var sheet = Worksheet(strings: sharedStrings)
        for (label, value) in aboutLines(table, language) + [(strings["spreadsheet.files"], table.file + ", " + table.workbookFile)] {
            sheet.append([Cell.textOrEmpty(label), Cell.textOrEmpty(value)], style: .wrapped)
        }
        sheet.append([])
        sheet.appendHeader([strings["spreadsheet.column"], strings["spreadsheet.type"], strings["spreadsheet.explanation"]])
        for column in table.columns {
            sheet.append(
                [
                    .text(column.name), .text(strings["spreadsheet.type_\(column.type.rawValue)"]),
                    .text(columnExplanation(column, strings)),
                ], style: .wrapped)
        }
        return sheet
    }

    /// Label and value lines describing `table` in `language`: the About sheet's head and the zip's README. A
    /// line with an empty label continues the one before (the second source and on).
    func aboutLines(_ table: DownloadTable, _ language: LanguageCode) -> [(String, String)] {
        let strings = strings(language)
        var lines = [(strings["spreadsheet.contents"], strings[table.titleKey])]
        if let id = table.indicator, let indicator = site.indicators.first(where: { $0.id == id }) {
            lines.append((strings["spreadsheet.indicator"], text(indicator.name, language)))
            lines.append((strings["spreadsheet.unit"], unitLabel(indicator.unit, language)))
            for (index, source) in citedSources(indicator).enumerated() {
                let parts = [text(source.title, language), text(source.publisher, language), source.date ?? "",
                    address(of: source, language)?.text ?? ""]
                lines.append((index == 0 ? strings["spreadsheet.sources"] : "", parts.filter { !$0.isEmpty }.joined(separator: ", ")))
            }
        }
        lines.append((strings["spreadsheet.publisher"], text(site.settings.title, language)))
        return lines
    }

    /// An indicator's own sources, then those its observations cite, each once: as its page lists them.
    private func citedSources(_ indicator: Indicator) -> [Source] {
        var order = indicator.sources
        for details in site.data[indicator.id]?.observations.distinctDetails ?? [] {
            if let id = details.source?.source, !order.contains(id) { order.append(id) }
        }
        return order.compactMap { site.sourceIndex[$0] }
    }
}
