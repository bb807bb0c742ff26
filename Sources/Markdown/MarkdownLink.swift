/// A link or image as written by the author, before any resolution, so that links to site objects
/// (`indicator:…`, `region:…`) can be checked and reported where they occur.
public struct MarkdownLink: Hashable, Sendable {
    public var destination: String
    /// The plain text of the link (for an image, its alt text).
    public var text: String
    public var position: MarkdownPosition

    public init(destination: String, text: String, position: MarkdownPosition) {
        self.destination = destination
        self.text = text
        self.position = position
    }
}
