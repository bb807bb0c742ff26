/// Writes RFC 4180 CSV as UTF-8 bytes: CRLF line ends, fields quoted only where they must be.
///
/// Bytes are appended as rows come, so a table of millions of rows is never held as rows of strings.
struct CSVWriter {
    /// Who the file is for.
    enum Reader {
        /// Programs: every cell exactly as in the content, so the file reads back to the same values.
        case program
        /// Spreadsheets (the `.excel.csv` copy): a byte order mark, which Excel needs to read UTF-8, and text cells
        /// that a spreadsheet would run as a formula neutralised (see `spreadsheetCell`). `textColumns` says which
        /// columns hold text; the others hold numbers, which stay numbers (`-3.5` is a value, not a formula).
        case spreadsheet(textColumns: [Bool])
    }

    private(set) var bytes: [UInt8] = []
    private let textColumns: [Bool]?

    init(header: [String], for reader: Reader = .program) {
        switch reader {
        case .program:
            textColumns = nil
        case .spreadsheet(let columns):
            textColumns = columns
            bytes = [0xEF, 0xBB, 0xBF]
        }
        appendRow(header, allText: true)
    }

    mutating func append(_ row: [String]) {
        appendRow(row, allText: false)
    }

    private mutating func appendRow(_ row: [String], allText: Bool) {
        for (index, value) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            let isText = allText || index >= (textColumns?.count ?? 0) || textColumns?[index] == true
            let cell = textColumns != nil && isText ? CSVWriter.spreadsheetCell(value) : CSVWriter.field(value)
            bytes.append(contentsOf: cell.utf8)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return quoted(value)
    }

    /// A text cell for a spreadsheet. One starting with `=`, `+`, `-`, `@`, tab or carriage return would be run as a
    /// formula (`=HYPERLINK(…)` in a note is a live link, `=cmd|…` worse); as OWASP recommends, it gets a leading
    /// `'`, which makes a spreadsheet read the cell as text, and is quoted.
    static func spreadsheetCell(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return field(value) }
        return quoted("'" + value)
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
