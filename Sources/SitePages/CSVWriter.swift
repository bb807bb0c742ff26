/// Writes RFC 4180 CSV as UTF-8 bytes: CRLF line ends, fields quoted only where they must be.
///
/// Bytes are appended as rows come, so a table of millions of rows is never held as rows of strings. Every
/// cell is exactly as in the content, so the file reads back to the same values; spreadsheets get the `.xlsx`
/// beside it, whose text cells are never formulas.
struct CSVWriter {
    private(set) var bytes: [UInt8] = []

    init(header: [String]) {
        append(header)
    }

    mutating func append(_ row: [String]) {
        for (index, value) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: CSVWriter.field(value).utf8)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
