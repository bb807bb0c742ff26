import Testing

@testable import SitePages

/// Quoting decided on bytes: a cell with `\r\n` is one Swift `Character`, equal to neither `\r` nor `\n`.
@Suite struct CSVWriterTests {
    @Test func aCellWithACarriageReturnAndLineFeedIsQuoted() {
        #expect(CSVWriter.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVWriter.field("a,\u{301}b") == "\"a,\u{301}b\"", "a comma with a combining mark is still a comma byte")
    }

    @Test func plainCellsStayAsWrittenAndQuotesDouble() {
        #expect(CSVWriter.field("15.07") == "15.07")
        #expect(CSVWriter.field("甘肃省") == "甘肃省")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        var writer = CSVWriter(header: ["a", "b"])
        writer.append(["1", "x,y"])
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "a,b\r\n1,\"x,y\"\r\n")
    }
}

/// A workbook is made only for a table a worksheet can hold: a national site's every-observation file is a CSV.
@Suite struct WorkbookRowLimitTests {
    private func table(rows: Int?) -> DownloadTable {
        DownloadTable(file: "all.csv", titleKey: "downloads.all_csv", columns: [], rows: { _ in }, rowCount: rows)
    }

    @Test func aTableUpToTheSheetLimitHasAWorkbook() {
        #expect(table(rows: nil).hasWorkbook)
        #expect(table(rows: 1_048_575).hasWorkbook, "a header and 1,048,575 rows fill a sheet exactly")
        #expect(!table(rows: 1_048_576).hasWorkbook)
        #expect(!table(rows: 20_000_000).hasWorkbook)
    }
}
