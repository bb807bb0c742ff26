/// Strings an editor could paste, by mistake or on purpose, into any text that reaches a page, a chart, a feed or a
/// download: markup, quotes, CDATA ends, every kind of control character, noncharacters, bidi controls.
public enum HostileStrings {
    public static let corpus: [String] = [
        "<script>alert(1)</script>", "\"quoted\" and 'single'", "a & b &amp; &#60; &unknown;", "]]> <![CDATA[x]]>",
        "NUL\u{0}here", "start\u{1}of heading", "escape \u{1B}[31mred\u{1B}[0m", "bell\u{7} backspace\u{8}",
        "vertical\u{B}tab form\u{C}feed", "CR\r\nLF\nand lone\rCR", "tab\tinside", "DEL\u{7F} C1\u{80}\u{85}\u{9F}",
        "noncharacters " + scalars(0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE), "bidi \u{202E}desrever\u{202C} \u{2066}isolate\u{2069}",
        "zero\u{200B}width joiner\u{200D}", "emoji 👩‍👩‍👧 and 中文、標點。", "--> <!-- comment", "<?xml version=\"1.0\"?>",
        "{{mustache}} {{{raw}}} {value}", "=1+1", "\\ backslash \\u0041 \"\\\"", "",
    ]

    /// Characters Swift string literals refuse to spell (noncharacters).
    public static func scalars(_ values: UInt32...) -> String {
        String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    }
}
