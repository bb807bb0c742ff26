/// A fenced code block whose info string starts with the word `chart`; its body is YAML that describes
/// a chart drawn in its place.
public struct MarkdownChartBlock: Hashable, Sendable {
    /// The 0-based order among the chart blocks of the document.
    public var index: Int
    /// The content between the fences, unparsed.
    public var body: String
    /// Where the opening fence starts.
    public var position: MarkdownPosition

    public init(index: Int, body: String, position: MarkdownPosition) {
        self.index = index
        self.body = body
        self.position = position
    }
}
