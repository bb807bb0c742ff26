extension TextMetrics {
    /// Splits `text` into lines no wider than `maxWidth`, breaking Latin text at spaces and CJK text between
    /// characters (never before closing punctuation or after an opening bracket). A word wider than the limit
    /// stays whole on its own line rather than being cut.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        // Most labels fit whole, and tile labels are tried at several sizes: answer those without splitting into
        // pieces. Without an opening bracket the pieces join back to `text` (a bracket may move past a following
        // space or punctuation), and no prefix is wider than the whole, so every piece would join the first line.
        if !text.unicodeScalars.contains(where: openingScalars.contains) {
            let whole = text.trimmingTrailingSpaces
            if width(of: whole, fontSize: fontSize) <= maxWidth { return [whole] }
        }
        let pieces = breakablePieces(text)
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

    /// Units that must stay together: a Latin word with its trailing space, or one CJK character with any
    /// closing punctuation that follows it and any opening bracket before it.
    private static func breakablePieces(_ text: String) -> [String] {
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
