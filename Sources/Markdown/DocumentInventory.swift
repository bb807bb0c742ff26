import CCmark

/// The nodes of a parsed document that this module reads or rewrites, collected in one walk so that the
/// outline and the rendering number paragraphs, headings and charts identically.
struct DocumentInventory {
    var paragraphs: [CmarkNode] = []
    var headings: [CmarkNode] = []
    var charts: [CmarkNode] = []
    /// Links and images.
    var links: [CmarkNode] = []
    var rawHTML: [CmarkNode] = []

    init(_ root: CmarkNode) {
        for node in root.descendants() {
            switch node.type {
            case CMARK_NODE_PARAGRAPH: paragraphs.append(node)
            case CMARK_NODE_HEADING: headings.append(node)
            case CMARK_NODE_CODE_BLOCK where node.isChartBlock: charts.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: rawHTML.append(node)
            default: continue
            }
        }
    }

    static func paragraphAnchor(_ index: Int) -> String { "p\(index + 1)" }
    static func headingAnchor(_ index: Int) -> String { "s\(index + 1)" }

    func chartBlocks(_ columns: SourceColumns) -> [MarkdownChartBlock] {
        charts.enumerated().map { index, node in
            MarkdownChartBlock(index: index, body: node.literal, position: columns.position(of: node))
        }
    }
}

extension CmarkNode {
    /// A code block whose info string's first word is `chart`.
    var isChartBlock: Bool {
        fenceInfo.split(whereSeparator: \.isWhitespace).first == "chart"
    }

    /// cmark leaves out the `<p>` of a paragraph that sits directly in an item of a tight list.
    var isTightParagraph: Bool {
        guard let item = parent, item.type == CMARK_NODE_ITEM, let list = item.parent else { return false }
        return list.isTightList
    }
}
