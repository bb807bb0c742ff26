/// Per-site choices for rendering; the defaults suit narrative documents written by editors.
public struct MarkdownRenderOptions: Sendable {
    /// Raw HTML written by the author is replaced by `<!-- raw HTML omitted -->` unless this is set.
    public var allowsRawHTML: Bool = false
    /// Curly quotes and en/em dashes.
    public var smartPunctuation: Bool = true

    public init(allowsRawHTML: Bool = false, smartPunctuation: Bool = true) {
        self.allowsRawHTML = allowsRawHTML
        self.smartPunctuation = smartPunctuation
    }
}
