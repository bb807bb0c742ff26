/// The one escaper for every markup Almanac writes — HTML pages, the Mustache templates' `{{…}}`, SVG charts,
/// Atom feeds and the sitemap — so text from content reads the same and stays well-formed in each.
///
/// HTML5 and XML accept the same five entities (`&#39;` rather than `&apos;`, which HTML4 lacks), so one set of
/// rules serves both. Characters neither may hold are dropped rather than escaped, since no escape makes them
/// legal: C0 controls other than tab and newline (a `\u{1}` in a title made `feed.xml` unreadable), carriage
/// return (XML reads it as a newline anyway), DEL, C1 controls, and the noncharacters (U+FFFE, U+FDD0…).
/// Bidirectional controls (U+202A…U+202E, U+2066…U+2069) are kept: prose in right-to-left scripts needs them, and
/// they cannot break markup; ids that must not hold them are the loader's to check.
public enum MarkupEscaping {
    /// Text between tags: `&`, `<` and `>` escaped (`>` so that `]]>` never appears), forbidden characters dropped.
    public static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// An attribute value, quoted with `"` or `'`: as `text`, with both quotes escaped and tab and newline written
    /// as character references, which XML's attribute normalisation would otherwise turn into spaces. Also the
    /// escaping of the templates' `{{…}}`, which cannot tell text from attribute.
    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    /// Whether `scalar` may appear in HTML and XML output at all.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return scalar == "\t" || scalar == "\n" }
        if (0x7F...0x9F).contains(value) { return false }
        if (0xFDD0...0xFDEF).contains(value) { return false }
        return value & 0xFFFE != 0xFFFE
    }

    /// `value` without the characters `isAllowed` refuses: for HTML made by code (rendered Markdown), whose text
    /// is already escaped but may still carry them.
    public static func removingForbiddenCharacters(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !isAllowed($0) }) else { return value }
        var result = String.UnicodeScalarView()
        for scalar in value.unicodeScalars where isAllowed(scalar) { result.append(scalar) }
        return String(result)
    }

    /// Appends `value` escaped as `attribute` does to `bytes`: the way code that writes pages straight into byte
    /// buffers escapes, so its output matches the templates' `{{…}}` byte for byte.
    public static func appendAttribute(_ value: String, to bytes: inout [UInt8]) {
        append(value, quotes: true, to: &bytes)
    }

    /// Appends `value` escaped as `text` does to `bytes`, for markup written into byte buffers (SVG charts).
    public static func appendText(_ value: String, to bytes: inout [UInt8]) {
        append(value, quotes: false, to: &bytes)
    }

    /// Copies `value`'s bytes first and checks them where they landed, in one contiguous run; only text that
    /// needs escaping (rare: most is names and numbers) is taken back and escaped scalar by scalar.
    private static func append(_ value: String, quotes: Bool, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: value.utf8)
        let plain = bytes.withUnsafeBufferPointer { isPlain(UnsafeBufferPointer(rebasing: $0[start...])) }
        if plain { return }
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: escapeScalars(value, quotes: quotes).utf8)
    }

    /// Whether `value` comes out of either escaping unchanged, judged from its bytes alone: no markup character,
    /// no control, and none of the few multi-byte sequences of refused characters — C1 controls (`C2 80…C2 9F`),
    /// U+FDD0…U+FDEF (`EF B7 90…EF B7 AF`) and each plane's last two code points (`EF BF BE`, `EF BF BF`, and
    /// `F0…F4 xF BF BE/BF`). Most text — names, numbers, Chinese with its full-width punctuation (`，` is
    /// `EF BC 8C`) — passes, and skips the scalar-by-scalar copy; a lead byte alone once sent every Chinese chart
    /// title and description down it.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0..<0x20, 0x7F, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                UInt8(ascii: "'"), 0xF5...0xFF:
                return false
            case 0xC2:
                guard index + 1 < count, bytes[index + 1] >= 0xA0 else { return false }
                index += 2
            case 0xEF:
                guard index + 2 < count else { return false }
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if second == 0xB7 && (0x90...0xAF).contains(third) { return false }
                if second == 0xBF && third >= 0xBE { return false }
                index += 3
            case 0xF0...0xF4:
                guard index + 3 < count else { return false }
                if bytes[index + 1] & 0x0F == 0x0F && bytes[index + 2] == 0xBF && bytes[index + 3] >= 0xBE {
                    return false
                }
                index += 4
            default:
                index += 1
            }
        }
        return true
    }

    /// `isPlain` of a string's bytes.
    static func isPlain(_ value: String) -> Bool {
        value.utf8.withContiguousStorageIfAvailable(isPlain) ?? Array(value.utf8).withUnsafeBufferPointer(isPlain)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        isPlain(value) ? value : escapeScalars(value, quotes: quotes)
    }

    private static func escapeScalars(_ value: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            case "\t" where quotes: result += "&#9;"
            case "\n" where quotes: result += "&#10;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
