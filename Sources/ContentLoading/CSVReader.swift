/// An RFC 4180 reader that keeps the line and column of every cell, which is why the project has its own:
/// a library gives values, but every diagnostic about a value must say where the value is.
///
/// Accepted: quoted cells with `""` for a quote and line breaks inside quotes, CRLF, LF or CR line ends, a
/// missing final line end. Rows whose cells are all empty (blank lines, or `,,,` rows that spreadsheets export)
/// are skipped. Lenient where nothing is ambiguous: a quote inside an unquoted cell is kept as text.
/// Reported: a quote that never closes, and text between a closing quote and the next comma.
/// The text is expected without BOM (see `TextDecoding`); it runs in one pass over the UTF-8 bytes.
public struct CSVReader {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private var problems: [CSVProblem] = []
    /// Cells of the record before: rows have the header's width, so each row's array is sized once.
    private var lastWidth = 0

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Public for `almanac import`, which reads other tools' CSV files with the same rules.
    public static func read(_ text: String) -> (table: CSVTable, problems: [CSVProblem]) {
        var reader = CSVReader(bytes: Array(text.utf8))
        var rows: [CSVRecord] = []
        while let record = reader.nextRecord() {
            if record.cells.contains(where: { !$0.text.isEmpty }) { rows.append(record) }
        }
        let table = CSVTable(header: rows.first?.cells ?? [], records: Array(rows.dropFirst()))
        return (table, reader.problems)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var atEnd: Bool { index >= bytes.count }

    private mutating func nextRecord() -> CSVRecord? {
        guard !atEnd else { return nil }
        let recordLine = line
        var cells: [CSVCell] = []
        cells.reserveCapacity(lastWidth)
        defer { lastWidth = cells.count }
        while true {
            cells.append(nextCell())
            if atEnd { break }
            let delimiter = bytes[index]
            advance()
            if delimiter == Self.comma { continue }
            if delimiter == Self.carriageReturn, !atEnd, bytes[index] == Self.newline { index += 1 }
            newLine()
            break
        }
        return CSVRecord(cells: cells, line: recordLine)
    }

    /// Reads one cell and stops at the comma or line end after it (not consumed) or at the end of input.
    private mutating func nextCell() -> CSVCell {
        let cellLine = line
        let cellColumn = column
        if !atEnd, bytes[index] == Self.quote {
            return CSVCell(text: quotedCell(openedAt: cellLine, cellColumn), line: cellLine, column: cellColumn)
        }
        let start = index
        while !atEnd, !isDelimiter(bytes[index]) { advance() }
        return CSVCell(text: String(decoding: bytes[start..<index], as: UTF8.self), line: cellLine, column: cellColumn)
    }

    private mutating func quotedCell(openedAt openLine: Int, _ openColumn: Int) -> String {
        advance()
        var text: [UInt8] = []
        while true {
            guard !atEnd else {
                problems.append(
                    CSVProblem(
                        message: "quoted cell is never closed (add the closing \")", line: openLine, column: openColumn))
                return String(decoding: text, as: UTF8.self)
            }
            let byte = bytes[index]
            if byte == Self.quote {
                advance()
                guard !atEnd, bytes[index] == Self.quote else { break }
                text.append(Self.quote)
                advance()
            } else if byte == Self.carriageReturn || byte == Self.newline {
                index += 1
                if byte == Self.carriageReturn, !atEnd, bytes[index] == Self.newline { index += 1 }
                text.append(Self.newline)
                newLine()
            } else {
                text.append(byte)
                advance()
            }
        }
        if !atEnd, !isDelimiter(bytes[index]) {
            problems.append(
                CSVProblem(
                    message: "text after the closing quote of a cell (quote the whole cell, doubling inner quotes)",
                    line: line, column: column))
            let start = index
            while !atEnd, !isDelimiter(bytes[index]) { advance() }
            text.append(contentsOf: bytes[start..<index])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private func isDelimiter(_ byte: UInt8) -> Bool {
        byte == Self.comma || byte == Self.newline || byte == Self.carriageReturn
    }

    /// Moves past one byte on the current line; the column counts scalars, so continuation bytes do not move it.
    private mutating func advance() {
        if bytes[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
    }

    private mutating func newLine() {
        line += 1
        column = 1
    }
}
