import Foundation
import Spreadsheet
import Testing
import TestSupport

/// The workbook package: the parts a reader needs, all well-formed, in a fixed order with fixed dates.
@Suite struct WorkbookTests {
    static func workbook(_ names: [String] = ["data", "About"]) -> Workbook {
        let strings = SharedStrings()
        return Workbook(
            title: "Gansu <Women> & Children",
            sheets: names.map { name in
                var sheet = Worksheet(frozenRows: 1, strings: strings)
                sheet.appendHeader(["region", "value"])
                sheet.append([.text("甘肃省"), .number("15.07")])
                return Workbook.Sheet(name: name, worksheet: sheet)
            })
    }

    @Test func holdsEveryPartWellFormedInSortedOrder() throws {
        let entries = try ZipArchive.entries(of: try Self.workbook().xlsx())
        #expect(entries.map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/_rels/workbook.xml.rels",
            "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ])
        for entry in entries {
            #expect(XMLCheck.problem(in: String(decoding: entry.bytes, as: UTF8.self)) == nil, "\(entry.path)")
        }
        let core = String(decoding: try #require(entries.first { $0.path == "docProps/core.xml" }).bytes, as: UTF8.self)
        #expect(SheetXML.texts(named: "dc:title", in: core) == ["Gansu <Women> & Children"])
    }

    @Test func theSameSheetsGiveTheSameBytes() throws {
        #expect(try Self.workbook().xlsx() == Self.workbook().xlsx())
    }

    @Test func everyEntryIsDatedTheFixedDateAndDeflated() throws {
        let bytes = try Self.workbook().xlsx()
        // Local file headers: signature, version, flags, method, time, date (little-endian).
        var offset = 0
        var headers = 0
        while offset + 30 <= bytes.count, bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
            let word = { (at: Int) in Int(bytes[offset + at]) | Int(bytes[offset + at + 1]) << 8 }
            #expect(word(8) == 8, "deflate")
            #expect(word(10) == 0 && word(12) == (1 << 5 | 1), "1980-01-01 00:00")
            let size = Int(bytes[offset + 18]) | Int(bytes[offset + 19]) << 8 | Int(bytes[offset + 20]) << 16
            offset += 30 + word(26) + word(28) + size
            headers += 1
        }
        #expect(headers == 10)
    }

    @Test func sheetNamesAreMadeAcceptable() {
        let names = Self.workbook(["data", "a/b:c?", "DATA", "", String(repeating: "x", count: 40)]).sheetNames
        #expect(names == ["data", "abc", "Sheet3", "Sheet4", String(repeating: "x", count: 31)])
    }

    @Test func sheetNamesAreEscapedInTheWorkbook() throws {
        let entries = try ZipArchive.entries(of: try Self.workbook(["data", "R&D <1>"]).xlsx())
        let workbook = String(decoding: try #require(entries.first { $0.path == "xl/workbook.xml" }).bytes, as: UTF8.self)
        #expect(workbook.contains(#"<sheet name="R&amp;D &lt;1&gt;" sheetId="2" r:id="rId2"/>"#))
    }
}

extension WorkbookTests {
    /// The shared string table is a part of the package: its content type and its relationship from the workbook.
    @Test func theSharedStringTableIsRegistered() throws {
        let entries = try ZipArchive.entries(of: try Self.workbook().xlsx())
        let text = { (path: String) in String(decoding: entries.first { $0.path == path }?.bytes ?? [], as: UTF8.self) }
        #expect(text("[Content_Types].xml").contains(
            #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#))
        #expect(text("xl/_rels/workbook.xml.rels").contains(
            #"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#))
        #expect(SheetXML.sheet(2, of: entries)?.map { $0.map(\.value) } == [["region", "value"], ["甘肃省", "15.07"]])
    }
}
