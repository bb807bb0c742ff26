import Mustache
import Plotting

/// The templates' `{{…}}` escape with `MarkupEscaping`, the escaper of every other markup Almanac writes, rather
/// than swift-mustache's own (which lets control characters through).
///
/// swift-mustache picks an escaper by name from a `{{% CONTENT_TYPE: … }}` line at the start of a template, and
/// each partial starts again with its built-in HTML escaping; so every template is parsed with that line put before
/// its text (on a line of its own, which Mustache removes), and error lines are counted without it.
extension Theme {
    /// Parses a template's text with Almanac's escaping.
    static func template(_ text: String) throws -> MustacheTemplate {
        _ = registerEscaping
        return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(AlmanacHTML.name) }}\n" + text)
    }

    /// Lines put before a template's text; subtract them from a parse error's line.
    static let templatePreambleLines = 1

    private static let registerEscaping: Void = MustacheContentTypes.register(AlmanacHTML(), named: AlmanacHTML.name)
}

/// `{{…}}` in a page, in text or in an attribute alike.
struct AlmanacHTML: MustacheContentType {
    static let name = "ALMANAC_HTML"

    func escapeText(_ text: String) -> String { MarkupEscaping.attribute(text) }
}
