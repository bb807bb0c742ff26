import SiteModel
import Testing

/// `JSONString` escapes on the UTF-8 bytes; these are the characters where a byte decides.
@Suite struct JSONStringTests {
    @Test(arguments: [
        ("plain 中文 ✓", "\"plain 中文 ✓\""),
        ("quote \" back \\ tab\t", "\"quote \\\" back \\\\ tab\\t\""),
        ("\u{1}\u{1F}\u{7F}", "\"\\u0001\\u001F\\u007F\""),
        ("c1 \u{80}\u{9F} latin \u{A0}é", "\"c1 \\u0080\\u009F latin \u{A0}é\""),
        ("lines \u{2028}\u{2029} dash \u{2014}€", "\"lines \\u2028\\u2029 dash \u{2014}€\""),
        ("end \u{2028}", "\"end \\u2028\""),
    ])
    func escapesAsJSONAndYAMLNeed(text: String, literal: String) {
        #expect(JSONString.quoted(text) == literal)
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        JSONString.append(text, to: &bytes)
        #expect(bytes == Array(("[" + literal).utf8))
    }
}
