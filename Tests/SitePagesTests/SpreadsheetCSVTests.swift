import Foundation
import SiteModel
@testable import SitePages
import Testing
import TestSupport

/// The Excel copies never hold a formula; the plain CSVs hold every cell exactly as written.
@Suite struct SpreadsheetCSVTests {
    static let formula = "=HYPERLINK(\"http://example.com/x\",\"click\")"

    /// The minimal fixture with text cells that a spreadsheet would run, and a negative value that must stay a number.
    static let fixture = ContentFixture.minimal()
        .replacing(
            "\"Higher than in 2017, to be watched\"",
            with: "\"" + formula.replacingOccurrences(of: "\"", with: "\"\"") + "\"", in: "data/maternal-mortality-ratio.csv")
        .replacing("620000,2017,14.45,", with: "620000,2017,-14.45,", in: "data/maternal-mortality-ratio.csv")
        .replacing("Jiuquan City,", with: "+Jiuquan City,", in: "regions.csv")
        .replacing("Dingxi City,", with: "@SUM(A1),", in: "regions.csv")
        .replacing("Infant mortality keeps falling", with: "-falling", in: "indicators.csv")

    static let site: Result<SiteFiles, any Error> = Result { try RenderedSite.render(fixture) }

    static let numberColumns: Set<String> = ["value", "target_value", "decimals", "observations"]

    @Test func plainCSVKeepsEveryCellExactly() throws {
        let site = try Self.site.get()
        let records = CSVRows.records(try #require(site.text("data/maternal-mortality-ratio.csv")))
        #expect(records.contains { $0["note_en"] == Self.formula })
        #expect(records.contains { $0["value"] == "-14.45" })
        let regions = CSVRows.records(try #require(site.text("data/regions.csv")))
        #expect(regions.map { $0["name_en"] ?? "" }.contains("+Jiuquan City"))
    }

    @Test func excelCopyNeutralisesFormulasInTextCells() throws {
        let site = try Self.site.get()
        let text = try #require(site.text("data/maternal-mortality-ratio.excel.csv"))
        #expect(text.contains(",\"'=HYPERLINK(\"\"http://example.com/x\"\",\"\"click\"\")\","), "quoted, with a leading '")
        #expect(text.contains("maternal-mortality-ratio,620000,甘肃省,Gansu Province,2017,-14.45,per_100k,"), "a number stays a number")
        let regions = try #require(site.text("data/regions.excel.csv"))
        #expect(regions.contains(",\"'+Jiuquan City\","))
        #expect(regions.contains(",\"'@SUM(A1)\","))
        #expect(try #require(site.text("data/indicators.excel.csv")).contains(",\"'-falling\","))
    }

    @Test func excelCopiesDifferFromThePlainOnesOnlyByTheQuote() throws {
        let site = try Self.site.get()
        var neutralised = 0
        for file in site.paths where file.hasSuffix(".excel.csv") {
            let excelBytes = try #require(site.files[file])
            #expect(Array(excelBytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file)")
            let plain = CSVRows.parse(try #require(site.text(file.replacingOccurrences(of: ".excel.csv", with: ".csv"))))
            let excel = CSVRows.parse(String(decoding: excelBytes.dropFirst(3), as: UTF8.self))
            #expect(plain.count == excel.count, "\(file)")
            let header = plain.first ?? []
            for (plainRow, excelRow) in zip(plain, excel) {
                for (index, (cell, excelCell)) in zip(plainRow, excelRow).enumerated() {
                    let isNumber = plainRow != header && Self.numberColumns.contains(header[index])
                    if isNumber || !Self.startsAFormula(cell) {
                        #expect(excelCell == cell, "\(file): \(cell)")
                    } else {
                        #expect(excelCell == "'" + cell, "\(file): \(cell)")
                        neutralised += 1
                    }
                }
            }
        }
        #expect(neutralised >= 8, "the formulas of the fixture, in their own files and in all.csv")
    }

    @Test(arguments: ["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "=\"a\",b"])
    func everyFormulaStartIsNeutralised(cell: String) {
        let written = CSVWriter.spreadsheetCell(cell)
        #expect(written == "\"'" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        #expect(CSVWriter.field(cell) != written)
    }

    @Test func harmlessCellsAreWrittenAsInThePlainFile() {
        for cell in ["", "a=b", " =1", "1-2", "甘肃,省", "'quoted'", "中文"] {
            #expect(CSVWriter.spreadsheetCell(cell) == CSVWriter.field(cell))
        }
    }

    /// A cell holding a Windows line end is quoted: `\r\n` is one Swift `Character`, equal to neither `\r` nor `\n`,
    /// so a check by characters let it through unquoted and split the row.
    @Test func aCellWithACarriageReturnAndLineFeedIsQuoted() {
        #expect(CSVWriter.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVWriter.field("a,\u{301}b") == "\"a,\u{301}b\"", "a comma with a combining mark is still a comma byte")
    }

    private static func startsAFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }
}
