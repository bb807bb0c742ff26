import CCmark

/// The plain text of a paragraph, heading or link, as a reader would quote it.
///
/// A soft line break reads as a space, except between two characters of scripts written without spaces
/// (Chinese, Japanese): text hard-wrapped in the source, as bulletins copied from PDF are, must read on.
struct InlineText {
    var text = ""
    /// Soft breaks that join their neighbours without a space; rendering removes them for the same reason.
    var joiningSoftBreaks: [CmarkNode] = []

    init(of container: CmarkNode) {
        var pendingBreak: CmarkNode?
        for node in container.descendants() {
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let piece = node.literal
                guard let first = piece.first else { continue }
                if let softBreak = pendingBreak {
                    if let last = text.last, last.isWrittenWithoutSpaces, first.isWrittenWithoutSpaces {
                        joiningSoftBreaks.append(softBreak)
                    } else {
                        text += " "
                    }
                    pendingBreak = nil
                }
                text += piece
            case CMARK_NODE_SOFTBREAK:
                pendingBreak = node
            case CMARK_NODE_LINEBREAK:
                pendingBreak = nil
                text += "\n"
            default:
                continue
            }
        }
    }
}

extension Character {
    /// Han ideographs, kana, bopomofo and their punctuation and full-width forms. Hangul is not included:
    /// Korean separates words with spaces.
    var isWrittenWithoutSpaces: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x2FDF,  // CJK radicals, Kangxi radicals
             0x3000...0x303F,  // CJK symbols and punctuation
             0x3040...0x30FF,  // Hiragana, Katakana
             0x3100...0x312F,  // Bopomofo
             0x31F0...0x31FF,  // Katakana phonetic extensions
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE30...0xFE4F,  // CJK compatibility forms
             0xFF00...0xFF60,  // full-width forms
             0xFF61...0xFF9F,  // half-width CJK punctuation and Katakana
             0x20000...0x3FFFF:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }
}
