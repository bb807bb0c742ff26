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

    /// Cells go straight into the buffer; only the rare cell that needs quoting or neutralising is copied first.
    /// The downloads hold every observation (twice, with the spreadsheet copy), so this runs millions of times.
    private mutating func appendRow(_ row: [String], allText: Bool) {
        for index in row.indices {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            let value = row[index]
            if let textColumns {
                let isText = allText || index >= textColumns.count || textColumns[index]
                if isText, CSVWriter.startsLikeFormula(value) {
                    bytes.append(contentsOf: CSVWriter.quoted("'" + value).utf8)
                    continue
                }
            }
            if CSVWriter.needsQuotes(value) {
                bytes.append(contentsOf: CSVWriter.quoted(value).utf8)
            } else {
                bytes.append(contentsOf: value.utf8)
            }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    static func field(_ value: String) -> String {
        needsQuotes(value) ? quoted(value) : value
    }

    /// A text cell for a spreadsheet. One starting with `=`, `+`, `-`, `@`, tab or carriage return would be run as a
    /// formula (`=HYPERLINK(…)` in a note is a live link, `=cmd|…` worse); as OWASP recommends, it gets a leading
    /// `'`, which makes a spreadsheet read the cell as text, and is quoted.
    static func spreadsheetCell(_ value: String) -> String {
        startsLikeFormula(value) ? quoted("'" + value) : field(value)
    }

    /// Whether the first character is one of `= + - @`, tab or carriage return; all are single ASCII bytes, so
    /// the first byte tells.
    private static func startsLikeFormula(_ value: String) -> Bool {
        switch value.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }

    /// Whether the cell holds a comma, quote, line feed or carriage return, judged from its bytes: none of them
    /// occurs inside a multi-byte UTF-8 sequence, so no character-by-character walk is needed.
    private static func needsQuotes(_ value: String) -> Bool {
        value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }

    private static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
