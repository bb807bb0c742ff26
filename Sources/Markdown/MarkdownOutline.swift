/// What a document refers to and contains, read without rendering it: the loader validates links and
/// charts from it, and sources cite paragraphs by their number.
public struct MarkdownOutline: Sendable {
    /// Every link and image destination, in document order.
    public var links: [MarkdownLink]
    public var charts: [MarkdownChartBlock]
    /// The plain text of each paragraph in document order; `paragraphs[0]` is the passage anchored `#p1`.
    public var paragraphs: [String]
    public var headings: [MarkdownHeading]
    /// Where the text contains raw HTML (blocks or inline), which is dropped unless a site allows it.
    public var rawHTML: [MarkdownPosition]

    public init(
        links: [MarkdownLink] = [],
        charts: [MarkdownChartBlock] = [],
        paragraphs: [String] = [],
        headings: [MarkdownHeading] = [],
        rawHTML: [MarkdownPosition] = []
    ) {
        self.links = links
        self.charts = charts
        self.paragraphs = paragraphs
        self.headings = headings
        self.rawHTML = rawHTML
    }
}
