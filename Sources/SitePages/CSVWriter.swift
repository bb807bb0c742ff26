/// Writes RFC 4180 CSV: CRLF line ends, fields quoted only where they must be.
struct CSVWriter {
    private(set) var text = ""

    init(header: [String]) {
        append(header)
    }

    mutating func append(_ row: [String]) {
        text += row.map(CSVWriter.field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The same table for Excel, which reads UTF-8 only when the file starts with a byte order mark.
    static func excelCopy(of text: String) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }
}
