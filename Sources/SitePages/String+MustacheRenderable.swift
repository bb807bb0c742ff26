import Mustache

/// Text reaches the page as it is, without the detour swift-mustache takes for a value it does not know.
///
/// For a `{{name}}` whose value is none of its own types, swift-mustache casts the value to a lambda, to an optional
/// and to `TextOutputStreamable` (in `String(describing:)`), then copies it; a renderable gives its text at the
/// first cast. The text is the same (`String(describing:)` of a text is the text), so pages are unchanged; sections
/// are too (`{{#name}}` over a text renders once, as a text is never `isNull`). On a large site these casts were a
/// tenth of the time spent in templates.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
