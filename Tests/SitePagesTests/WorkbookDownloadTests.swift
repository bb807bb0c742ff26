import Foundation
import SiteModel
@testable import SitePages
import Spreadsheet
import Testing
import TestSupport

/// The workbooks hold the CSVs' rows with numbers as numbers and never a formula; the CSVs hold every cell exactly
/// as written; the zip holds the Data Package (datapackage.json and the CSVs) and a README.
@Suite struct WorkbookDownloadTests {
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

    /// The cells of a workbook's sheet, by sheet number from 1.
    static func sheet(_ site: SiteFiles, _ path: String, _ number: Int = 1) throws -> [[SheetXML.Cell]] {
        let entries = try ZipArchive.entries(of: try #require(site.files[path], "\(path)"))
        return try #require(SheetXML.sheet(number, of: entries), "\(path) sheet \(number)")
    }

    @Test func everyCSVHasAWorkbookWithTheSameRowsAndNumbersAsNumbers() throws {
        let site = try Self.site.get()
        let csvs = site.paths.filter { $0.hasPrefix("data/") && $0.hasSuffix(".csv") }
        #expect(csvs.count == 7)
        for csv in csvs {
            let rows = CSVRows.parse(try #require(site.text(csv)))
            let sheet = try Self.sheet(site, String(csv.dropLast(4)) + ".xlsx")
            #expect(sheet.count == rows.count, "\(csv)")
            let header = rows.first ?? []
            for (rowIndex, (row, cells)) in zip(rows, sheet).enumerated() {
                let byColumn = Dictionary(cells.map { (String($0.reference.prefix { $0.isLetter }), $0) }, uniquingKeysWith: { a, _ in a })
                for (index, value) in row.enumerated() {
                    let cell = byColumn[Worksheet.columnName(index)]
                    #expect(cell?.reference.dropFirst(Worksheet.columnName(index).count) == (value.isEmpty ? nil : Substring(String(rowIndex + 1))))
                    #expect(cell?.value ?? "" == value, "\(csv) row \(rowIndex + 1) column \(header[index])")
                    guard !value.isEmpty else { continue }
                    let isNumber = rowIndex > 0 && Self.numberColumns.contains(header[index])
                    #expect(cell?.type == (isNumber ? nil : "s"), "\(csv) \(header[index]) \(value)")
                }
            }
        }
    }

    /// Text that a spreadsheet would run as a formula is a string cell, which no spreadsheet evaluates: no `'`
    /// added, nothing changed, and no cell of any workbook holds a formula.
    @Test func formulaTextsAreStringsAndNoCellIsAFormula() throws {
        let site = try Self.site.get()
        let notes = try Self.sheet(site, "data/maternal-mortality-ratio.xlsx").joined()
        #expect(notes.contains { $0.type == "s" && $0.value == Self.formula })
        #expect(notes.contains { $0.type == nil && $0.value == "-14.45" }, "a negative number stays a number")
        let regions = try Self.sheet(site, "data/regions.xlsx").joined()
        #expect(regions.contains { $0.type == "s" && $0.value == "+Jiuquan City" })
        #expect(regions.contains { $0.type == "s" && $0.value == "@SUM(A1)" })
        for path in site.paths where path.hasSuffix(".xlsx") {
            for entry in try ZipArchive.entries(of: try #require(site.files[path])) where entry.path.hasPrefix("xl/worksheets/") {
                #expect(!SheetXML.rows(entry.bytes).joined().contains { $0.hasFormula }, "\(path)")
                let xml = String(decoding: entry.bytes, as: UTF8.self)
                #expect(!xml.contains("<f>") && !xml.contains("<f "), "\(path)")
            }
        }
    }

    @Test func anIndicatorWorkbookSaysItsUnitAndSourcesInEveryLanguage() throws {
        let site = try Self.site.get()
        let entries = try ZipArchive.entries(of: try #require(site.files["data/maternal-mortality-ratio.xlsx"]))
        let workbook = String(decoding: try #require(entries.first { $0.path == "xl/workbook.xml" }).bytes, as: UTF8.self)
        #expect(workbook.contains(#"<sheet name="data" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/><sheet name="About" sheetId="3" r:id="rId3"/>"#))
        let chinese = try Self.sheet(site, "data/maternal-mortality-ratio.xlsx", 2).map { $0.map(\.value) }
        #expect(chinese.contains(["单位", "1/10万"]) || chinese.contains { $0.first == "单位" })
        #expect(chinese.contains { $0.first == "来源" && $0.last?.contains("2021") == true })
        let english = try Self.sheet(site, "data/maternal-mortality-ratio.xlsx", 3).map { $0.map(\.value) }
        #expect(english.contains { $0.first == "Indicator" && $0.last == "Maternal mortality ratio" })
        #expect(english.contains { $0.first == "Unit" })
        #expect(english.contains(["Column", "Type", "Explanation"]))
        #expect(english.contains { $0.first == "value" && $0.dropFirst().first == "number" })
    }

    @Test func theZipHoldsTheDataPackageAndAReadmeDescribingEachFile() throws {
        let site = try Self.site.get()
        let entries = try ZipArchive.entries(of: try #require(site.files["data/downloads.zip"]))
        let members = site.paths.filter { $0.hasSuffix(".csv") || $0 == "data/datapackage.json" }
            .filter { $0.hasPrefix("data/") }.map { String($0.dropFirst(5)) }
        #expect(entries.map(\.path) == (["README.txt"] + members).sorted())
        for entry in entries where entry.path != "README.txt" {
            #expect(entry.bytes == site.files["data/" + entry.path], "\(entry.path)")
        }
        let readme = String(decoding: try #require(entries.first { $0.path == "README.txt" }).bytes, as: UTF8.self)
        for file in members { #expect(readme.contains(file + "\n"), "\(file)") }
        #expect(readme.contains("    note_en (plain text): "))
        #expect(readme.contains("    value (数值): "))
        // It names no file the zip does not hold, and says where those are: on the data page, one by one.
        #expect(!readme.contains("all.xlsx") && !readme.contains("maternal-mortality-ratio.json"))
        #expect(readme.contains("download them one by one from the site's data page (en/data.html)"))
        #expect(readme.contains("（zh/data.html）"))
    }
}
