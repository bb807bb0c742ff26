import Foundation

/// Open SDG's page texts as Markdown Almanac keeps.
///
/// Open SDG pages allow HTML, which Almanac drops unless a site turns raw HTML on; the import writes the text
/// without tags instead (`<p>` and `<br>` become paragraph breaks), so the words reach the page either way.
enum ImportMarkdown {
    static func fromOpenSDG(_ text: String) -> String {
        var result = ImportNames.cleanText(text)
        for (pattern, replacement) in [
            ("(?i)<br\\s*/?>", "\n\n"), ("(?i)</?p(\\s[^>]*)?>", "\n\n"), ("<[A-Za-z/!][^>]*>", ""),
            ("\n{3,}", "\n\n"),
        ] {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            result = expression.stringByReplacingMatches(
                in: result, range: NSRange(result.startIndex..., in: result), withTemplate: replacement)
        }
        result = result.trimmingCharacters(in: .whitespacesAndNewlines)
        // A text starting with `---` would be read as front matter; a rule at the start says nothing.
        while result.hasPrefix("---") {
            result = String(result.drop { $0 != "\n" }).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return result
    }
}
