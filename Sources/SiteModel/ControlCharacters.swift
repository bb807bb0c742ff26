/// Characters that must never reach a page, a feed or a terminal from content: they are invisible, make XML
/// invalid (C0 controls), move the terminal's cursor (ESC), or reorder text so that what an editor sees is not
/// what is published (bidirectional overrides and isolates).
///
/// Shared by every reader of content (YAML, front matter, Markdown, addresses), so they all refuse the same set.
public enum ControlCharacters {
    /// True for C0 controls other than tab, line feed and carriage return, DEL, and C1 controls.
    ///
    /// Tab and line breaks are layout in prose; whether a field may hold them is the field's own rule.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isControlCharacter && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }

    /// The bidirectional embedding, override and isolate marks (U+202A–U+202E, U+2066–U+2069), which can make
    /// an id or an address look like another.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The first control or bidirectional control character of `text`, or nil.
    public static func firstForbidden(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { isControl($0) || isBidiControl($0) }
    }

    /// How a message names a character: `U+0001`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension Unicode.Scalar {
    /// C0 and C1 control characters and DEL. None of them belongs in content: they break XML, move the terminal's
    /// cursor or change its colours when a message quotes them.
    public var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

    /// Bidirectional controls and zero-width characters: invisible, yet they change how text is shown or compared,
    /// so `abc` and `ab\u{200B}c` look alike but are different ids.
    public var isInvisibleFormatCharacter: Bool {
        switch value {
        case 0x061C, 0x200B...0x200F, 0x2060, 0xFEFF: true
        default: ControlCharacters.isBidiControl(self)
        }
    }
}

extension String {
    /// The text with every control and invisible format character written as `\u{1B}`, so a message that quotes
    /// content shows what is there and cannot act on the terminal.
    public var escapingInvisibleCharacters: String {
        guard unicodeScalars.contains(where: { $0.isControlCharacter || $0.isInvisibleFormatCharacter }) else {
            return self
        }
        var result = ""
        for scalar in unicodeScalars {
            if scalar.isControlCharacter || scalar.isInvisibleFormatCharacter {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
