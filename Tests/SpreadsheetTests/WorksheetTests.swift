import Foundation
import Spreadsheet
import Testing
import TestSupport

/// The worksheet XML: well-formed whatever the text, numbers as written, widths that fit Chinese, frozen header.
@Suite struct WorksheetTests {
    static func sheet(_ rows: [[Cell]], frozenRows: Int = 1) -> String {
        var sheet = Worksheet(frozenRows: frozenRows)
        sheet.appendHeader(["id", "name", "value"])
        for row in rows { sheet.append(row) }
        return String(decoding: sheet.xml(), as: UTF8.self)
    }

    @Test func numbersKeepTheTextAsWrittenInTheValueElement() {
        let xml = Self.sheet([[.text("a"), .text("甲"), .number("0.1")], [.text("b"), .text("乙"), .number("-14.450")]])
        #expect(xml.contains(#"<c r="C2"><v>0.1</v></c>"#))
        #expect(xml.contains(#"<c r="C3"><v>-14.450</v></c>"#), "trailing zero kept, no float round trip")
        #expect(XMLCheck.problem(in: xml) == nil)
    }

    @Test func aNumberCellThatIsNoDecimalIsWrittenAsText() {
        let xml = Self.sheet([[.text("a"), .text("b"), .number("1<2")]])
        #expect(xml.contains(#"<c r="C2" t="inlineStr"><is><t xml:space="preserve">1&lt;2</t></is></c>"#))
        #expect(XMLCheck.problem(in: xml) == nil)
    }

    @Test(arguments: ["15.07", "0", "-3", "19.6", "1234567890.123456789"])
    func plainDecimalsAreNumbers(_ text: String) {
        #expect(Cell.numberOrText(text) == .number(text))
    }

    @Test(arguments: ["", "1e5", "+1", ".5", "5.", "1,234", "NaN", "inf", "0x10", "１２", "--1", "1.2.3"])
    func anythingElseInANumberColumnIsTextOrEmpty(_ text: String) {
        #expect(Cell.numberOrText(text) == (text.isEmpty ? .empty : .text(text)))
    }

    @Test func textIsAnInlineStringAndNeverAFormula() {
        let formula = "=HYPERLINK(\"http://example.com\",\"click\")"
        let xml = Self.sheet([[.text(formula), .text("+1"), .text("@SUM(A1)")]])
        #expect(!xml.contains("<f>") && !xml.contains("<f "), "no formula element: inline strings are never evaluated")
        #expect(xml.contains(#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK("http://example.com","click")</t></is></c>"#))
        #expect(XMLCheck.problem(in: xml) == nil)
    }

    @Test func markupIsEscapedAndForbiddenCharactersDropped() throws {
        let hostile = "<b>&amp;</b> ]]> \u{1}\u{B}\u{FFFE}\u{7F}\r\nline\ttab"
        let xml = Self.sheet([[.text(hostile), .text("x"), .empty]])
        #expect(XMLCheck.problem(in: xml) == nil)
        let texts = SheetXML.texts(named: "t", in: xml)
        #expect(texts.contains("<b>&amp;</b> ]]> \nline\ttab"))
    }

    @Test func anEscapedCharacterSequenceInTextStaysLiteral() {
        let xml = Self.sheet([[.text("_x0041_ and _x12"), .text("x"), .empty]])
        #expect(xml.contains(">_x005F_x0041_ and _x12<"), "spreadsheets would read _x0041_ as A")
    }

    @Test func theHeaderRowIsFrozenAndBold() {
        let xml = Self.sheet([])
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<c r="A1" s="1" t="inlineStr">"#))
        #expect(!Self.sheet([], frozenRows: 0).contains("<pane"))
    }

    @Test func chineseCountsTwiceInColumnWidths() {
        var sheet = Worksheet()
        sheet.append([.text("甘肃省临夏回族自治州"), .text("Linxia Hui Autonomous Prefecture"), .number("15.07"), .text("é")])
        #expect(ColumnWidth.columns(of: "甘肃省临夏回族自治州") == 20)
        #expect(ColumnWidth.columns(of: "e\u{301}") == 1, "a combining mark takes no room")
        #expect(sheet.columnWidths == [22, 34, 7, ColumnWidth.minimum])
        let long = String(repeating: "长", count: 100)
        var wide = Worksheet()
        wide.append([.text(long)])
        #expect(wide.columnWidths == [ColumnWidth.maximum])
        #expect(String(decoding: sheet.xml(), as: UTF8.self).contains(#"<col min="1" max="1" width="22" customWidth="1"/>"#))
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(_ index: Int, _ name: String) {
        #expect(Worksheet.columnName(index) == name)
    }
}
