/// A string as a JSON string literal, which is also a YAML double-quoted scalar: the one escaper of the JSON the
/// site writes (downloads, the search index, `check --format json`) and of the YAML `import opensdg` writes.
///
/// Beyond the escapes JSON requires, it escapes the C1 controls and DEL (a YAML reader refuses them unescaped)
/// and U+2028/U+2029 (older JavaScript refused them in string literals), so the result is safe in all three.
public enum JSONString {
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
