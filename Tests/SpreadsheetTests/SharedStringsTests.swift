import Foundation
@testable import Spreadsheet
import Testing
import TestSupport

/// The workbook's shared string table: each distinct text once, numbered in the order first used, named by the
/// cells that hold it, and written with `xml:space` only where a spreadsheet would otherwise drop white space.
@Suite struct SharedStringsTests {
    static func table(_ strings: SharedStrings) -> [String] { (0..<strings.count).map { strings[$0] } }

    @Test func eachDistinctTextIsHeldOnceInTheOrderFirstUsed() {
        var sheet = Worksheet(frozenRows: 1)
        sheet.appendHeader(["region", "year", "unit"])
        sheet.append([.text("Gansu"), .number("2020"), .text("%")])
        sheet.append([.text("Lanzhou"), .number("2020"), .text("%")])
        sheet.append([.text("Gansu"), .text("2021 (provisional)"), .text("region")])
        sheet.append([.text("e\u{301}"), .text("\u{E9}"), .text("Lanzhou")])
        #expect(Self.table(sheet.strings) == [
            "region", "year", "unit", "Gansu", "%", "Lanzhou", "2021 (provisional)", "e\u{301}", "\u{E9}",
        ], "canonically equal texts with other bytes are two entries")
        #expect(sheet.textCellCount == 13)
        let xml = String(decoding: sheet.xml(), as: UTF8.self)
        #expect(xml.contains(#"<row r="4"><c t="s"><v>3</v></c><c t="s"><v>6</v></c><c t="s"><v>0</v></c></row>"#))
        #expect(xml.contains(#"<row r="5"><c t="s"><v>7</v></c><c t="s"><v>8</v></c><c t="s"><v>5</v></c></row>"#))
    }

    /// Every cell names its own text, over enough texts that the table's index grows many times, in columns that
    /// repeat their last text and columns that change it on every row.
    @Test func everyCellNamesItsText() {
        var sheet = Worksheet()
        var rows: [[String]] = []
        for index in 0..<20_000 {
            let row = ["region \(index / 7)", "note \(index * 7_919 % 5_003)", "甘肃 \(index % 3)", String(index % 2)]
            rows.append(row)
            sheet.append(row.map(Cell.text))
        }
        #expect(sheet.strings.count == 2_858 + 5_003 + 3 + 2)
        let read = SheetXML.rows(sheet.xml(), sharedStrings: Self.table(sheet.strings))
        #expect(read.map { $0.map(\.value) } == rows)
        #expect(read.joined().allSatisfy { $0.type == "s" })
    }

    @Test func whiteSpaceIsPreservedOnlyWhereATextNeedsIt() {
        let strings = SharedStrings()
        let texts = ["plain", " lead", "trail ", "\ttab", "two\nlines", "in side", "\u{1} ", "\u{3000}wide", "a\r", "", "a\u{1}"]
        for text in texts { _ = strings.entry(for: text) }
        let xml = String(decoding: strings.xml(references: 12), as: UTF8.self)
        let items: [String] = [
            #"<si><t>plain</t></si><si><t xml:space="preserve"> lead</t></si><si><t xml:space="preserve">trail </t></si>"#,
            "<si><t xml:space=\"preserve\">\ttab</t></si><si><t xml:space=\"preserve\">two\nlines</t></si>",
            #"<si><t>in side</t></si><si><t xml:space="preserve"> </t></si><si><t>"#, "\u{3000}wide</t></si>",
            "<si><t>a</t></si><si><t></t></si><si><t>a</t></si></sst>",
        ]
        let head = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12" uniqueCount="11">"#
        #expect(xml.hasSuffix(head + items.joined()))
        #expect(SheetXML.sharedStrings(Array(xml.utf8)) == [
            "plain", " lead", "trail ", "\ttab", "two\nlines", "in side", " ", "\u{3000}wide", "a", "", "a",
        ])
    }

    @Test func markupAndControlsAreEscapedByTheOneEscaper() {
        let strings = SharedStrings()
        _ = strings.entry(for: #"<b>"x" & 'y'</b> ]]>"#)
        _ = strings.entry(for: "\u{0}\u{1B}[2J\u{7F}\u{85}\u{FFFE}end")
        _ = strings.entry(for: "_x0041_ and _x12")
        let xml = String(decoding: strings.xml(references: 3), as: UTF8.self)
        #expect(xml.contains(#"<si><t>&lt;b&gt;"x" &amp; 'y'&lt;/b&gt; ]]&gt;</t></si><si><t>[2Jend</t></si>"#))
        #expect(xml.contains("<si><t>_x005F_x0041_ and _x12</t></si>"), "spreadsheets would read _x0041_ as A")
        #expect(XMLCheck.problem(in: xml) == nil)
        #expect(SheetXML.sharedStrings(Array(xml.utf8)) == [#"<b>"x" & 'y'</b> ]]>"#, "[2Jend", "_x005F_x0041_ and _x12"])
    }

    /// The About sheet names the data sheet's texts by the same numbers: one table in the workbook, counted over
    /// both sheets, and no copy of it per sheet.
    @Test func theSheetsOfAWorkbookShareOneTable() throws {
        let strings = SharedStrings()
        var data = Worksheet(frozenRows: 1, strings: strings)
        data.appendHeader(["region", "value"])
        data.append([.text("Gansu"), .number("1.5")])
        var about = Worksheet(strings: strings)
        about.append([.text("Column"), .text("region")], style: .wrapped)
        let entries = try ZipArchive.entries(of: try Workbook(title: "t", sheets: [
            .init(name: "data", worksheet: data), .init(name: "About", worksheet: about),
        ]).xlsx())
        #expect(entries.filter { $0.path.contains("haredStrings") }.map(\.path) == ["xl/sharedStrings.xml"])
        let table = try #require(entries.first { $0.path == "xl/sharedStrings.xml" })
        #expect(String(decoding: table.bytes, as: UTF8.self).contains(#"count="5" uniqueCount="4">"#))
        #expect(SheetXML.sharedStrings(table.bytes) == ["region", "value", "Gansu", "Column"])
        let aboutXML = String(decoding: try #require(entries.first { $0.path == "xl/worksheets/sheet2.xml" }).bytes, as: UTF8.self)
        #expect(aboutXML.contains(#"<row r="1"><c s="2" t="s"><v>3</v></c><c s="2" t="s"><v>0</v></c>"#))
        #expect(SheetXML.sheet(2, of: entries)?.map { $0.map(\.value) } == [["Column", "region"]])
    }

    @Test func aSheetWithATableOfItsOwnIsRefused() {
        var data = Worksheet()
        data.append([.text("a")])
        var other = Worksheet()
        other.append([.text("b")])
        let workbook = Workbook(title: "t", sheets: [.init(name: "data", worksheet: data), .init(name: "other", worksheet: other)])
        #expect(throws: Workbook.Failure.sheetWithItsOwnStrings("other")) { try workbook.xlsx() }
    }
}
