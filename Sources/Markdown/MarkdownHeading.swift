/// A heading with the anchor its rendered element carries, so a table of contents can link to it.
public struct MarkdownHeading: Hashable, Sendable {
    public var level: Int
    public var text: String
    /// `s1`, `s2`, … in document order.
    public var anchor: String

    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}
