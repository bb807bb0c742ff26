/// One cell of a worksheet: a number kept as the decimal text it was written as, a text, or nothing.
public enum Cell: Sendable, Hashable {
    /// A plain decimal (`-?digits[.digits]`), written into the `v` element as given, so a reader parses the
    /// text of the content itself and no binary float is ever printed back (`0.1` stays `0.1`).
    case number(String)
    /// Always a string (an entry of the workbook's shared strings): a spreadsheet never evaluates it, so
    /// `=HYPERLINK(…)` in a note stays text.
    case text(String)
    case empty

    /// A number cell where `text` is a plain decimal, else a text cell (an empty text is an empty cell): how a
    /// column typed as numbers is filled, so a value that is not one is still shown as written.
    public static func numberOrText(_ text: String) -> Cell {
        if text.isEmpty { return .empty }
        return isPlainDecimal(text) ? .number(text) : .text(text)
    }

    /// A text cell, or an empty cell for an empty text.
    public static func textOrEmpty(_ text: String) -> Cell {
        text.isEmpty ? .empty : .text(text)
    }

    /// `-?[0-9]+(\.[0-9]+)?`: valid as `xsd:double`, which the `v` element of a number cell must hold.
    /// One pass over the bytes, as it runs for every value of a million-row sheet.
    static func isPlainDecimal(_ text: String) -> Bool {
        var digits = 0
        var fractionDigits = 0
        var hasPoint = false
        for (offset, byte) in text.utf8.enumerated() {
            if isDigit(byte) {
                if hasPoint { fractionDigits += 1 } else { digits += 1 }
            } else if byte == UInt8(ascii: "-"), offset == 0 {
                continue
            } else if byte == UInt8(ascii: "."), !hasPoint, digits > 0 {
                hasPoint = true
            } else {
                return false
            }
        }
        return digits > 0 && (!hasPoint || fractionDigits > 0)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
