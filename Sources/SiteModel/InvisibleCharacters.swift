extension Unicode.Scalar {
    /// C0 and C1 control characters and DEL. None of them belongs in content: they break XML, move the terminal's
    /// cursor or change its colours when a message quotes them.
    public var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

    /// Bidirectional controls and zero-width characters: invisible, yet they change how text is shown or compared,
    /// so `abc` and `ab\u{200B}c` look alike but are different ids.
    public var isInvisibleFormatCharacter: Bool {
        switch value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
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
