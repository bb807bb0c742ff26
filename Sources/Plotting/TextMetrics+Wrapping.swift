extension TextMetrics {
    /// Splits `text` into lines no wider than `maxWidth`, breaking Latin text at spaces and CJK text between
    /// characters (never before closing punctuation or after an opening bracket). A word wider than the limit
    /// stays whole on its own line rather than being cut.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        var wrappable = Wrappable(text)
        return wrappable.lines(maxWidth: maxWidth, fontSize: fontSize)
    }

    /// A text prepared for wrapping at several sizes, as a tile label is tried from its size down: what does not
    /// depend on the size — whether it may be answered whole, its width in em, its pieces — is found once, not
    /// once a size. Lines and widths are those `wrap` gives, to the last bit.
    struct Wrappable {
        let text: String
        /// `text` without trailing spaces where it holds no opening bracket, else nil: see `lines`.
        private let whole: String?
        /// The advances of `whole`, summed in order as `width(of:fontSize:)` sums them.
        private let wholeEm: Double
        private var pieces: [String]?

        init(_ text: String) {
            self.text = text
            if text.unicodeScalars.contains(where: openingScalars.contains) {
                whole = nil
                wholeEm = 0
            } else {
                let whole = text.trimmingTrailingSpaces
                self.whole = whole
                wholeEm = whole.unicodeScalars.reduce(0) { $0 + advance(of: $1) }
            }
        }

        mutating func lines(maxWidth: Double, fontSize: Double) -> [String] {
            // Most labels fit whole: answer those without splitting into pieces. Without an opening bracket the
            // pieces join back to `text` (a bracket may move past a following space or punctuation), and no
            // prefix is wider than the whole, so every piece would join the first line.
            if let whole, wholeEm * fontSize * safetyFactor <= maxWidth { return [whole] }
            let pieces = self.pieces ?? breakablePieces(text)
            self.pieces = pieces
            var lines: [String] = []
            var current = ""
            for piece in pieces {
                let candidate = current + piece
                if current.isEmpty || width(of: candidate.trimmingTrailingSpaces, fontSize: fontSize) <= maxWidth {
                    current = candidate
                } else {
                    lines.append(current.trimmingTrailingSpaces)
                    current = String(piece.drop { $0 == " " })
                }
            }
            if !current.isEmpty { lines.append(current.trimmingTrailingSpaces) }
            return lines.isEmpty ? [""] : lines
        }
    }

    /// Units that must stay together: a Latin word with its trailing space, or one CJK character with any
    /// closing punctuation that follows it and any opening bracket before it.
    static func breakablePieces(_ text: String) -> [String] {
        asciiPieces(text) ?? characterPieces(text)
    }

    /// `characterPieces` of an ASCII text, from its bytes, where each byte is a character (no `\r`, which joins
    /// a following `\n`): a tile's value wrapped on a small tile (`3,422.0`) is split once a tile, and looking
    /// each character up in sets of characters was most of it. Nil for any other text.
    static func asciiPieces(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else { return nil }
            var pieces: [String] = []
            var current: [UInt8] = []
            var pendingOpening: [UInt8] = []
            func finish() {
                pieces.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    if !current.isEmpty { finish() }
                    pendingOpening.append(byte)
                case UInt8(ascii: " "):
                    current.append(byte)
                    finish()
                case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"),
                    UInt8(ascii: "!"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "%"):
                    current.append(byte)
                default:
                    if !pendingOpening.isEmpty {
                        current.append(contentsOf: pendingOpening)
                        pendingOpening.removeAll(keepingCapacity: true)
                    }
                    current.append(byte)
                }
            }
            current.append(contentsOf: pendingOpening)
            if !current.isEmpty { finish() }
            return pieces
        }
    }

    /// Pieces character by character, for any text.
    static func characterPieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var pendingOpening = ""
        for character in text {
            let scalar = character.unicodeScalars.first!
            if opening.contains(character) {
                if !current.isEmpty { pieces.append(current); current = "" }
                pendingOpening.append(character)
            } else if closing.contains(character) || character == " " {
                current.append(character)
                if character == " " { pieces.append(current); current = "" }
            } else if isWide(scalar) {
                if !current.isEmpty { pieces.append(current) }
                current = pendingOpening + String(character)
                pendingOpening = ""
            } else {
                if !pendingOpening.isEmpty { current += pendingOpening; pendingOpening = "" }
                current.append(character)
            }
        }
        current += pendingOpening
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        advance(of: scalar) == 1 && !closing.contains(Character(scalar)) && !opening.contains(Character(scalar))
    }

    private static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "”", "’", "％", "‰",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]
    private static let opening: Set<Character> = ["（", "《", "「", "『", "【", "〔", "“", "‘", "(", "[", "{"]
    private static let openingScalars: Set<Unicode.Scalar> = Set(opening.flatMap(\.unicodeScalars))
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
