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

    /// Empties the buffer once its bytes are written out, keeping its room for the next rows.
    mutating func removeBytes() {
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func append(_ row: [String]) {
        for index in row.indices {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            // Straight into the buffer; only the rare cell that needs quoting is copied first. The downloads hold
            // every observation, so this runs millions of times.
            // The bytes are scanned and copied through one contiguous view of them.
            var value = row[index]
            let plain = value.withUTF8 { utf8 in
                guard !CSVWriter.needsQuotes(utf8) else { return false }
                bytes.append(contentsOf: utf8)
                return true
            }
            if !plain { bytes.append(contentsOf: CSVWriter.quoted(value).utf8) }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    static func field(_ value: String) -> String {
        needsQuotes(value) ? quoted(value) : value
    }

    /// Whether the cell holds a comma, quote, line feed or carriage return, judged from its bytes: none of them
    /// occurs inside a multi-byte UTF-8 sequence, and a `\r\n` inside a cell is one Swift character that equals
    /// neither `\r` nor `\n`, so bytes are also the only right test.
    private static func needsQuotes(_ value: String) -> Bool {
        value.utf8.contains(where: isSpecial)
    }

    private static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.contains(where: isSpecial)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }

    private static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
