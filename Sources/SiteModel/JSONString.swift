/// A string as a JSON string literal, which is also a YAML double-quoted scalar: the one escaper of the JSON the
/// site writes (downloads, the search index, `check --format json`) and of the YAML `import opensdg` writes.
///
/// Beyond the escapes JSON requires, it escapes the C1 controls and DEL (a YAML reader refuses them unescaped)
/// and U+2028/U+2029 (older JavaScript refused them in string literals), so the result is safe in all three.
public enum JSONString {
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The literal appended to a byte buffer: a download of millions of strings is written without a `String` each.
    /// Works on the UTF-8 bytes: the characters to escape are ASCII, C1 controls (`C2 80`–`C2 9F`) and
    /// U+2028/U+2029 (`E2 80 A8`/`A9`); every other byte is copied as it is.
    public static func append(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
            case 0..<0x20, 0x7F: appendEscape(UInt32(byte), to: &output)
            case 0xC2:
                guard let next = utf8.next() else { output.append(byte); break }
                if (0x80...0x9F).contains(next) {
                    appendEscape(UInt32(next), to: &output)
                } else {
                    output.append(byte)
                    output.append(next)
                }
            case 0xE2:
                pending.removeAll(keepingCapacity: true)
                pending.append(byte)
                if let second = utf8.next() {
                    pending.append(second)
                    if second == 0x80, let third = utf8.next() {
                        if third == 0xA8 || third == 0xA9 {
                            appendEscape(0x2000 + UInt32(third - 0x80), to: &output)
                            break
                        }
                        pending.append(third)
                    }
                }
                output.append(contentsOf: pending)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX` with upper-case hex digits.
    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
        output.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
        }
    }
}
