import Foundation
@testable import Spreadsheet
import Testing
import TestSupport

/// The worksheet XML: well-formed whatever the text, numbers as written, texts in the shared string table, widths
/// that fit Chinese, frozen header.
@Suite struct WorksheetTests {
    static func worksheet(_ rows: [[Cell]], frozenRows: Int = 1) -> Worksheet {
        var sheet = Worksheet(frozenRows: frozenRows)
        sheet.appendHeader(["id", "name", "value"])
        for row in rows { sheet.append(row) }
        return sheet
    }

    static func sheet(_ rows: [[Cell]], frozenRows: Int = 1) -> String {
        String(decoding: worksheet(rows, frozenRows: frozenRows).xml(), as: UTF8.self)
    }

    /// The shared string table of `sheet` as written into its workbook.
    static func table(_ sheet: Worksheet) -> String {
        String(decoding: sheet.strings.xml(references: sheet.textCellCount), as: UTF8.self)
    }

    @Test func numbersKeepTheTextAsWrittenInTheValueElement() {
        let xml = Self.sheet([[.text("a"), .text("甲"), .number("0.1")], [.text("b"), .text("乙"), .number("-14.450")]])
        #expect(xml.contains(#"<c><v>0.1</v></c></row>"#))
        #expect(xml.contains(#"<c><v>-14.450</v></c></row>"#), "trailing zero kept, no float round trip")
        #expect(XMLCheck.problem(in: xml) == nil)
    }

    @Test func aNumberCellThatIsNoDecimalIsWrittenAsText() {
        let sheet = Self.worksheet([[.text("a"), .text("b"), .number("1<2")]])
        let xml = String(decoding: sheet.xml(), as: UTF8.self)
        // Entries 0…2 are the header's, 3 and 4 the row's texts before it.
        #expect(xml.contains(#"<c t="s"><v>5</v></c></row>"#))
        #expect(sheet.strings[5] == "1<2")
        #expect(Self.table(sheet).contains("<si><t>1&lt;2</t></si></sst>"))
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

    @Test func textIsAStringAndNeverAFormula() {
        let formula = "=HYPERLINK(\"http://example.com\",\"click\")"
        let sheet = Self.worksheet([[.text(formula), .text("+1"), .text("@SUM(A1)")]])
        let xml = String(decoding: sheet.xml(), as: UTF8.self)
        #expect(!xml.contains("<f>") && !xml.contains("<f "), "no formula element: strings are never evaluated")
        #expect(xml.contains(#"<row r="2"><c t="s"><v>3</v></c>"#))
        #expect(Self.table(sheet).contains(#"<si><t>=HYPERLINK("http://example.com","click")</t></si>"#))
        #expect(XMLCheck.problem(in: xml) == nil)
    }

    @Test func markupIsEscapedAndForbiddenCharactersDropped() throws {
        let hostile = "<b>&amp;</b> ]]> \u{1}\u{B}\u{FFFE}\u{7F}\r\nline\ttab"
        let sheet = Self.worksheet([[.text(hostile), .text("x"), .empty]])
        let table = Self.table(sheet)
        #expect(XMLCheck.problem(in: table) == nil)
        #expect(SheetXML.texts(named: "t", in: table).contains("<b>&amp;</b> ]]> \nline\ttab"))
        #expect(table.contains(#"<si><t xml:space="preserve">&lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt; "#))
    }

    @Test func anEscapedCharacterSequenceInTextStaysLiteral() {
        let sheet = Self.worksheet([[.text("_x0041_ and _x12"), .text("x"), .empty]])
        #expect(Self.table(sheet).contains(">_x005F_x0041_ and _x12<"), "spreadsheets would read _x0041_ as A")
    }

    @Test func theHeaderRowIsFrozenAndBold() {
        let xml = Self.sheet([])
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<row r="1"><c s="1" t="s"><v>0</v></c>"#))
        #expect(!Self.sheet([], frozenRows: 0).contains("<pane"))
    }

    /// A cell right of the row's cell before it (or first in column A) is written without its reference, as
    /// SpreadsheetML allows; one after an empty cell names itself, so readers put every value where it was.
    @Test func onlyACellAfterAGapNamesItsPlace() throws {
        let sheet = Self.worksheet([
            [.text("a"), .empty, .number("3")],
            [.empty, .text("b"), .number("4")],
            [.empty, .empty, .text("c")],
            [.text("d"), .text("e"), .number("5")],
        ])
        let xml = String(decoding: sheet.xml(), as: UTF8.self)
        #expect(xml.contains(#"<row r="2"><c t="s"><v>3</v></c><c r="C2"><v>3</v></c></row>"#))
        #expect(xml.contains(#"<row r="3"><c r="B3" t="s"><v>4</v></c><c><v>4</v></c></row>"#))
        #expect(xml.contains(#"<row r="4"><c r="C4" t="s"><v>5</v></c></row>"#))
        #expect(xml.contains(#"<row r="5"><c t="s"><v>6</v></c><c t="s"><v>7</v></c><c><v>5</v></c></row>"#))
        let cells = SheetXML.rows(sheet.xml()).flatMap { $0.map { "\($0.reference)=\($0.value)" } }
        #expect(cells == ["A1=0", "B1=1", "C1=2", "A2=3", "C2=3", "B3=4", "C3=4", "C4=5", "A5=6", "B5=7", "C5=5"])
        #expect(XMLCheck.problem(in: xml) == nil)
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
