import Plotting

/// One worksheet's XML, written row by row into a byte buffer, so a sheet of a million rows is never held as
/// cells; the column widths are measured on the way and put in front when the sheet is finished. The rows are
/// kept in parts of about a megabyte, never one growing array: a growing array of a million rows is copied
/// into one twice its size as it grows, which made a national site's `all.xlsx` the peak of its build's memory.
/// A sheet given a scratch file writes each finished part there instead of keeping it: the rows cannot go
/// straight into the workbook, as they follow the head (the column widths) that only the last row settles.
/// A text cell names its text in the workbook's shared string table (`strings`), which all its sheets share.
public struct Worksheet: Sendable {
    public enum Style: Int, Sendable {
        case plain = 0
        /// The header row and the labels of the "About" sheet.
        case bold = 1
        /// Text that keeps its line breaks.
        case wrapped = 2
    }

    /// The most rows a worksheet can hold: Excel and LibreOffice refuse or cut a longer sheet.
    public static let maximumRows = 1_048_576

    /// Rows kept in view while scrolling: the header row of a table.
    public let frozenRows: Int
    /// The rows being written; moved into `finishedRows` once it holds `partSize` bytes.
    private var rowsXML: [UInt8] = []
    /// The rows written before `rowsXML`, in parts of at least `partSize` bytes, unless they go to `scratch`.
    private var finishedRows: [[UInt8]] = []
    /// Where finished parts go instead of `finishedRows`: the same bytes, on disk.
    private let scratch: ByteFile?
    /// The first failure to write to `scratch`, thrown when the sheet is read: a row is appended from a table's
    /// row function, which cannot throw.
    private var scratchFailure: ByteFile.Failure?
    public static let defaultPartSize = 1 << 20
    /// Bytes of rows kept before they are moved out as a part; a test makes it small to span many parts.
    let partSize: Int
    private var rowCount = 0
    private var widestCell: [Int] = []
    /// `<c r="A`, `<c r="B`, … for the columns seen so far: a cell's start up to its row number, made once per
    /// column rather than once per cell, for the cells that need their reference.
    private var cellStarts: [[UInt8]] = []
    /// The column of the row's last cell written, -1 before its first: a cell right of it needs no reference.
    private var previousColumn = -1
    /// Per column, the last text cell written there, its entry in `strings` and the grid columns it takes.
    private var lastTexts: [LastText] = []
    /// The table the text cells name their texts in: the workbook's, shared by all of its sheets.
    public let strings: SharedStrings
    /// Text cells written, each naming an entry of `strings`: the table's `count` sums them over the sheets.
    public private(set) var textCellCount = 0
    /// The row number's digits and the quote that closes a reference, refilled for every row, for its cells'
    /// references.
    private var rowDigits: [UInt8] = []

    /// - Parameters:
    ///   - strings: the shared string table of the workbook the sheet goes into; give every sheet of one workbook
    ///     the same table.
    ///   - scratch: a file to move finished parts of rows into rather than keep them, for a sheet too long to hold
    ///     in memory; the sheet's bytes are the same either way.
    public init(
        frozenRows: Int = 0, strings: SharedStrings = SharedStrings(), scratch: ByteFile? = nil,
        partSize: Int = Worksheet.defaultPartSize
    ) {
        self.frozenRows = frozenRows
        self.strings = strings
        self.scratch = scratch
        self.partSize = max(partSize, 1)
        rowsXML.reserveCapacity(min(self.partSize, 1 << 12))
    }

    /// A header row of column names: bold text.
    public mutating func appendHeader(_ names: [String]) {
        append(names.map(Cell.textOrEmpty), style: .bold)
    }

    /// Writes the row straight as bytes: a million-row sheet makes no string per cell.
    public mutating func append(_ cells: [Cell], style: Style = .plain) {
        startRow(columns: cells.count)
        for index in cells.indices {
            switch cells[index] {
            case .empty:
                continue
            case .number(let text) where Cell.isPlainDecimal(text):
                appendNumber(text, column: index, style: style)
            // A number that is not a plain decimal would make the `v` element invalid: it is shown as text.
            case .number(let text), .text(let text):
                appendText(text, column: index, style: style)
            }
        }
        endRow()
    }

    /// The row `append(cells)` writes for the cells `Cell.numberOrText` makes of the texts of number columns and
    /// `Cell.textOrEmpty` of the others, without making them: a download's million rows come as texts.
    public mutating func append(texts: [String], numberColumns: [Bool], style: Style = .plain) {
        startRow(columns: texts.count)
        for index in texts.indices {
            let text = texts[index]
            if text.isEmpty { continue }
            if index < numberColumns.count, numberColumns[index], Cell.isPlainDecimal(text) {
                appendNumber(text, column: index, style: style)
            } else {
                appendText(text, column: index, style: style)
            }
        }
        endRow()
    }

    private mutating func startRow(columns: Int) {
        rowCount += 1
        previousColumn = -1
        rowDigits.removeAll(keepingCapacity: true)
        Self.appendDecimal(rowCount, to: &rowDigits)
        rowDigits.append(UInt8(ascii: "\""))
        rowsXML.append(contentsOf: #"<row r=""#.utf8)
        rowsXML.append(contentsOf: rowDigits)
        rowsXML.append(UInt8(ascii: ">"))
        while widestCell.count < columns {
            cellStarts.append(Array((#"<c r=""# + Self.columnName(widestCell.count)).utf8))
            widestCell.append(0)
            lastTexts.append(LastText())
        }
    }

    private mutating func endRow() {
        rowsXML.append(contentsOf: "</row>".utf8)
        if rowsXML.count >= partSize { finishPart() }
    }

    private mutating func appendNumber(_ text: String, column: Int, style: Style) {
        widestCell[column] = max(widestCell[column], text.utf8.count)
        appendCellStart(column: column, style: style)
        rowsXML.append(contentsOf: "><v>".utf8)
        rowsXML.append(contentsOf: text.utf8)
        rowsXML.append(contentsOf: "</v></c>".utf8)
    }

    private mutating func appendText(_ text: String, column: Int, style: Style) {
        lastTexts[column].hold(text, in: strings)
        widestCell[column] = max(widestCell[column], lastTexts[column].columns)
        textCellCount += 1
        appendCellStart(column: column, style: style)
        rowsXML.append(contentsOf: lastTexts[column].cellEnd)
    }

    /// Moves the rows written since the last part out of `rowsXML`: into the scratch file, or kept as a part.
    private mutating func finishPart() {
        if let scratch {
            do throws(ByteFile.Failure) {
                if scratchFailure == nil { try scratch.append(rowsXML) }
            } catch {
                scratchFailure = error
            }
        } else {
            finishedRows.append(Array(rowsXML))
        }
        rowsXML.removeAll(keepingCapacity: true)
    }

    /// `<c`, or `<c r="B7"` after an empty cell, and, for a style other than plain, ` s="1"`: the element left open
    /// for its type and value.
    ///
    /// A cell's reference is optional in SpreadsheetML: a cell without one is the one right of the row's cell
    /// before it (the first of its row: column A), as the standard (ECMA-376 §18.3.1.4) defines and LibreOffice and openpyxl
    /// read it (WorkbookReadBackTests). Only a cell after a
    /// gap names itself. The references were a third of a download sheet's bytes and, as each holds its row's
    /// number, the part deflate compresses worst: without them bench `large`'s sheet XML is 28 % shorter and
    /// deflates in a third of the time to half the bytes (Benchmarks/README.md).
    private mutating func appendCellStart(column: Int, style: Style) {
        if column == previousColumn + 1 {
            rowsXML.append(UInt8(ascii: "<"))
            rowsXML.append(UInt8(ascii: "c"))
        } else {
            rowsXML.append(contentsOf: cellStarts[column])
            rowsXML.append(contentsOf: rowDigits)
        }
        previousColumn = column
        if style != .plain {
            rowsXML.append(contentsOf: #" s=""#.utf8)
            Self.appendDecimal(style.rawValue, to: &rowsXML)
            rowsXML.append(UInt8(ascii: "\""))
        }
    }

    /// The decimal digits of a non-negative `number`, as `String(number)` writes them.
    /// Most significant digit first, so nothing is reversed after: it runs for every row of a million-row sheet.
    static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        var unit = 1
        while unit <= number / 10 { unit *= 10 }
        var rest = number
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / unit))
            rest %= unit
            unit /= 10
        } while unit > 0
    }

    /// The width of each column, in Excel's digit widths, from its widest cell.
    public var columnWidths: [Int] { widestCell.map(ColumnWidth.width(forColumns:)) }

    /// The finished `xl/worksheets/sheetN.xml`.
    public func xml() -> [UInt8] { Array(xmlParts().joined()) }

    /// The finished sheet as its head, its rows (in parts) and its end: the rows as they were written, not copied.
    /// Of a sheet kept in memory; one with a scratch file is read through `pieces()`.
    public func xmlParts() -> [[UInt8]] {
        [head()] + finishedRows + [rowsXML, Self.end]
    }

    /// The finished sheet as pieces of a zip entry: its head, its rows in memory or in the scratch file, its end.
    public func pieces() throws -> [ZipArchive.Entry.Piece] {
        if let scratchFailure { throw scratchFailure }
        let finished = scratch.map { [ZipArchive.Entry.Piece.file($0)] } ?? finishedRows.map(ZipArchive.Entry.Piece.bytes)
        return [.bytes(head())] + finished + [.bytes(rowsXML), .bytes(Self.end)]
    }

    private static let end = Array("</sheetData></worksheet>".utf8)

    /// Everything before the first row: the dimension and column widths the rows settled, up to `<sheetData>`.
    private func head() -> [UInt8] {
        var head = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        head += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if rowCount > 0, !widestCell.isEmpty {
            head += #"<dimension ref="A1:\#(Self.columnName(widestCell.count - 1))\#(rowCount)"/>"#
        }
        head += #"<sheetViews><sheetView workbookViewId="0">"#
        if frozenRows > 0 {
            let topLeft = "A\(frozenRows + 1)"
            head += #"<pane ySplit="\#(frozenRows)" topLeftCell="\#(topLeft)" activePane="bottomLeft" state="frozen"/>"#
            head += #"<selection pane="bottomLeft" activeCell="\#(topLeft)" sqref="\#(topLeft)"/>"#
        }
        head += #"</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>"#
        if !widestCell.isEmpty {
            head += "<cols>"
            for (index, width) in columnWidths.enumerated() {
                head += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            head += "</cols>"
        }
        return Array((head + "<sheetData>").utf8)
    }

    /// `0` → `A`, `25` → `Z`, `26` → `AA`: the letters of a column in a cell reference.
    public static func columnName(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// Appends `escaped(text)`: through the one escaper's byte path, then, only where the bytes hold `_x` (which
    /// no escape writes), the guarded form made again from the text.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        let start = bytes.count
        MarkupEscaping.appendText(text, to: &bytes)
        guard containsEscapeMarker(bytes[start...]) else { return }
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: escaped(text).utf8)
    }

    /// Whether `bytes` hold `_x`, the start of what a spreadsheet reads as an escaped character.
    static func containsEscapeMarker(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "x"), previous == UInt8(ascii: "_") { return true }
            previous = byte
        }
        return false
    }

    /// Text for a `t` element: escaped by the one escaper (characters XML 1.0 forbids dropped), and a literal
    /// `_xHHHH_` guarded as `_x005F_xHHHH_`, since spreadsheets read that sequence as an escaped character.
    static func escaped(_ text: String) -> String {
        let escaped = MarkupEscaping.text(text)
        guard containsEscapeMarker(escaped.utf8) else { return escaped }
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
}
