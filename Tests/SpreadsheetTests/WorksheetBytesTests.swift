import Plotting
@testable import Spreadsheet
import Testing

/// The worksheet is written as bytes for speed; these tests hold it, and its shared string table, to XML built as
/// strings, byte for byte, over text that takes every path: plain, escaped, guarded `_x`, wide, combining and
/// forbidden characters, white space at either end.
@Suite struct WorksheetBytesTests {
    static let texts = [
        "", "a", "0", "-1", "15.07", "1.", ".5", "-", "--1", "1e5", "１２", "2024", "R0999", "Region 12",
        "甘肃省临夏回族自治州", "e\u{301}", "<b>&amp;</b> ]]>", "\u{1}\u{B}\u{FFFE}\u{7F}\r\nline\ttab",
        "_x0041_", "_x12", "a_x00ff_b_x00FF_", "_x０００Ａ_", "_x\u{301}0041_", "x_", "__x__", "\u{85}\u{A0}",
        "two\nlines of text", "=HYPERLINK(\"http://example.com\")", "𠀀𠀁", "\u{200B}zero", "Ωmega",
        " lead", "trail ", "\ttab", "tab\t", "\u{1} ", "a\r", "in side", "\u{3000}ideographic", "'\"quotes\"'",
    ]

    static let cells: [Cell] = texts.flatMap { [Cell.text($0), Cell.number($0), Cell.numberOrText($0)] } + [.empty]

    @Test(arguments: [Worksheet.Style.plain, .bold, .wrapped])
    func rowsAreTheBytesTheStringWriterMade(_ style: Worksheet.Style) {
        var sheet = Worksheet(frozenRows: 1)
        var reference = ReferenceSheet()
        // Rows of varying width, so columns past Z and rows past 9 are named too.
        for (index, cell) in Self.cells.enumerated() {
            let row = Array(repeating: Cell.empty, count: index % 30) + [cell, .text("x"), .number("3")]
            sheet.append(row, style: style)
            reference.append(row, style: style)
        }
        let parts = sheet.xmlParts()
        #expect(String(decoding: parts[1], as: UTF8.self) == String(decoding: reference.rowsXML, as: UTF8.self))
        #expect(sheet.columnWidths == reference.widestCell.map(ColumnWidth.width(forColumns:)))
        reference.expectSameTable(as: sheet)
    }

    /// A long sheet's rows come in parts of about a megabyte, which joined are the rows as written: a growing
    /// array of a million rows would be copied into one twice its size.
    @Test func longSheetsKeepTheirRowsInPartsOfAMegabyte() {
        var sheet = Worksheet(frozenRows: 1)
        var reference = ReferenceSheet()
        for index in 0..<40_000 {
            let row: [Cell] = [.text("Region \(index % 97)"), .number(String(index)), .text("甘肃省临夏回族自治州")]
            sheet.append(row, style: .plain)
            reference.append(row, style: .plain)
        }
        let parts = sheet.xmlParts()
        let rows = parts.dropFirst().dropLast()
        #expect(rows.count > 2)
        #expect(rows.dropLast().allSatisfy { $0.count >= Worksheet.defaultPartSize && $0.count < Worksheet.defaultPartSize + 1_000 })
        #expect(Array(rows.joined()) == reference.rowsXML)
        #expect(sheet.xml() == Array(parts.joined()))
        reference.expectSameTable(as: sheet)
    }

    /// A column's last text is kept escaped and measured: a text that repeats, or that only equals the one before
    /// canonically (`é` and `e` + accent, `Å` and `Å`), still comes out as its own bytes and width.
    @Test func repeatedTextsAreTheBytesTheStringWriterMade() {
        let texts = Self.texts + ["\u{E9}", "e\u{301}", "\u{E9}", "\u{212B}", "\u{C5}", "\u{C5}", "甘肃省", "甘肃省"]
        var sheet = Worksheet(frozenRows: 1)
        var reference = ReferenceSheet()
        for (index, text) in texts.enumerated() {
            // Each text twice in a row in column A, once between others in B, and a steady text in C.
            let rows: [[Cell]] = [
                [.text(text), .text(texts[(index + 1) % texts.count]), .text("steady")],
                [.text(text), .number(text), .text("steady")],
                [.empty, .text(text), .text("steady")],
            ]
            for row in rows {
                sheet.append(row, style: .plain)
                reference.append(row, style: .plain)
            }
        }
        #expect(String(decoding: sheet.xmlParts()[1], as: UTF8.self) == String(decoding: reference.rowsXML, as: UTF8.self))
        #expect(sheet.columnWidths == reference.widestCell.map(ColumnWidth.width(forColumns:)))
        reference.expectSameTable(as: sheet)
    }

    /// A row of texts is the row of the cells made of them: numbers or text in number columns, text elsewhere, an
    /// empty text an empty cell; a row longer than the column kinds given has text past them.
    @Test func aRowOfTextsIsTheRowOfItsCells() {
        let numberColumns = [false, true, true, false]
        var sheet = Worksheet(frozenRows: 1)
        var reference = Worksheet(frozenRows: 1)
        for (index, text) in Self.texts.enumerated() {
            let row = [text, text, Self.texts[(index + 3) % Self.texts.count], "", text, text]
            sheet.append(texts: row, numberColumns: numberColumns, style: .wrapped)
            reference.append(
                row.enumerated().map { column, text in
                    column < numberColumns.count && numberColumns[column] ? Cell.numberOrText(text) : Cell.textOrEmpty(text)
                }, style: .wrapped)
        }
        #expect(sheet.xml() == reference.xml())
    }

    @Test func aTextIsHeldOnlyByTheSameBytes() {
        let strings = SharedStrings()
        #expect(Worksheet.LastText("e\u{301}", in: strings).holds("e\u{301}"))
        #expect(!Worksheet.LastText("e\u{301}", in: strings).holds("\u{E9}"))
        #expect(!Worksheet.LastText().holds(""))
    }

    /// A column's last text is changed in place, its cell end's room kept: after any run of texts it is what a
    /// last text made afresh for the final one is, a long entry number followed by a short one included.
    @Test func aLastTextChangedInPlaceIsOneMadeAfresh() {
        let strings = SharedStrings()
        for index in 0..<120 { _ = strings.entry(for: "text \(index)") }
        var held = Worksheet.LastText()
        for text in ["text 111", "text 3", "text 3", "text 45", "new", "text 0", "e\u{301}", "\u{E9}", "甘肃省"] {
            held.hold(text, in: strings)
            let fresh = Worksheet.LastText(text, in: strings)
            #expect(held.text == fresh.text && held.index == fresh.index && held.columns == fresh.columns)
            #expect(String(decoding: held.cellEnd, as: UTF8.self) == #" t="s"><v>\#(fresh.index)</v></c>"#)
        }
    }

    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 65_535, 1_048_576, 7_072_117, Int.max])
    func decimalsAreTheDigitsStringWrites(_ number: Int) {
        var bytes: [UInt8] = [UInt8(ascii: "x")]
        Worksheet.appendDecimal(number, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(number))
    }

    @Test(arguments: texts)
    func columnsAreCountedAsScalarByScalar(_ text: String) {
        #expect(ColumnWidth.columns(of: text) == ReferenceSheet.columns(of: text))
    }

    @Test(arguments: texts)
    func plainDecimalsAreTheOnesTheExpressionMatches(_ text: String) {
        let expected = text.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil
        #expect(Cell.isPlainDecimal(text) == expected)
    }
}

/// The worksheet rows as they were written before they were written as bytes, with texts numbered in a table of
/// their own in the order first used.
private struct ReferenceSheet {
    var rowsXML: [UInt8] = []
    var rowCount = 0
    var widestCell: [Int] = []
    /// Texts by their bytes (not `==`, which holds `é` and `e` + accent equal), and in order of first use.
    var numbers: [[UInt8]: Int] = [:]
    var texts: [String] = []
    var textCells = 0

    mutating func number(of text: String) -> Int {
        if let number = numbers[Array(text.utf8)] { return number }
        texts.append(text)
        numbers[Array(text.utf8)] = texts.count - 1
        return texts.count - 1
    }

    /// `xl/sharedStrings.xml` of the texts: `xml:space` only on a text that starts or ends with white space or
    /// holds a line break, once escaped.
    var tableXML: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(textCells)" uniqueCount="\#(texts.count)">"#
        for text in texts {
            let escaped = Self.escaped(text)
            let white: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r"]
            let scalars = escaped.unicodeScalars
            let preserve = scalars.first.map(white.contains) == true || scalars.last.map(white.contains) == true
                || scalars.contains("\n") || scalars.contains("\r")
            xml += "<si><t\(preserve ? #" xml:space="preserve""# : "")>\(escaped)</t></si>"
        }
        return xml + "</sst>"
    }

    /// The sheet's table holds the reference's texts in its order, and is written as the reference writes it.
    func expectSameTable(as sheet: Worksheet, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((0..<sheet.strings.count).map { sheet.strings[$0] } == texts, sourceLocation: sourceLocation)
        #expect(sheet.textCellCount == textCells, sourceLocation: sourceLocation)
        let table = String(decoding: sheet.strings.xml(references: sheet.textCellCount), as: UTF8.self)
        #expect(table == tableXML, sourceLocation: sourceLocation)
    }

    mutating func append(_ cells: [Cell], style: Worksheet.Style) {
        rowCount += 1
        let row = String(rowCount)
        rowsXML.append(contentsOf: #"<row r="\#(row)">"#.utf8)
        while widestCell.count < cells.count { widestCell.append(0) }
        var previous = -1
        for (index, cell) in cells.enumerated() {
            // Only a cell after an empty one (or first, but not in column A) names its place.
            let reference = index == previous + 1 ? "" : #" r="\#(Worksheet.columnName(index) + row)""#
            if cell != .empty { previous = index }
            let styleAttribute = style == .plain ? "" : #" s="\#(style.rawValue)""#
            switch cell {
            case .empty:
                continue
            case .number(let text) where text.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil:
                widestCell[index] = max(widestCell[index], text.utf8.count)
                rowsXML.append(contentsOf: #"<c\#(reference)\#(styleAttribute)><v>\#(text)</v></c>"#.utf8)
            case .number(let text), .text(let text):
                widestCell[index] = max(widestCell[index], Self.columns(of: text))
                textCells += 1
                rowsXML.append(contentsOf: #"<c\#(reference)\#(styleAttribute) t="s"><v>\#(number(of: text))</v></c>"#.utf8)
            }
        }
        rowsXML.append(contentsOf: "</row>".utf8)
    }

    static func escaped(_ text: String) -> String {
        let escaped = MarkupEscaping.text(text)
        var result = ""
        var rest = escaped[...]
        while let range = rest.firstRange(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(5)
            if hex.count == 5, hex.last == "_", hex.dropLast().allSatisfy(\.isHexDigit) { result += "_x005F" }
            result += "_x"
            rest = after
        }
        return result + rest
    }

    static func columns(of text: String) -> Int {
        var longest = 0
        var line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                longest = max(longest, line)
                line = 0
                continue
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: line += TextMetrics.isEastAsianWide(scalar) ? 2 : 1
            }
        }
        return max(longest, line)
    }
}
