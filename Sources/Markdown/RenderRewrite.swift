import CCmark
import SiteModel

/// The edits that turn a parsed document into the tree Almanac renders. The tree is rendered with cmark's
/// UNSAFE option so the inserted HTML survives; `omitRawHTML` and `resolveLinks` do what safe mode would,
/// and more: an address is kept only where `WebAddress` accepts it.
struct RenderRewrite {
    let inventory: DocumentInventory
    let columns: SourceColumns

    static let rawHTMLOmitted = "<!-- raw HTML omitted -->"

    /// The same replacement cmark's safe mode makes, block or inline.
    func omitRawHTML() {
        for node in inventory.rawHTML {
            node.literal = Self.rawHTMLOmitted
        }
    }

    /// Resolves site-object links, then empties every address `WebAddress` refuses (the loader reports them;
    /// this keeps a text rendered without loading safe too).
    /// Links for which `unwrapping` holds are replaced by their text first.
    func resolveLinks(_ resolver: (String) -> String?, unwrapping: (String) -> Bool = { _ in false }) {
        for node in inventory.links {
            let destination = node.url
            if node.type == CMARK_NODE_LINK, unwrapping(destination) {
                node.unwrap()
                continue
            }
            let url = resolver(destination) ?? destination
            node.url = (try? WebAddress.check(url, as: .link).get())?.text ?? ""
        }
    }

    /// Removes soft breaks between Chinese or Japanese characters, which a browser would show as a space.
    func joinWrappedLines() {
        for block in inventory.paragraphs + inventory.headings {
            InlineText(of: block).joiningSoftBreaks.forEach { $0.delete() }
        }
    }

    func replaceCharts(_ renderer: (MarkdownChartBlock) -> String) {
        for (node, chart) in zip(inventory.charts, inventory.chartBlocks(columns)) {
            node.replace(with: .htmlBlock(renderer(chart)))
        }
    }

    func anchorParagraphs() {
        for (index, node) in inventory.paragraphs.enumerated() {
            let anchor = DocumentInventory.paragraphAnchor(index)
            if node.isTightParagraph {
                node.prependChild(.htmlInline(#"<span id="\#(anchor)" class="anchor"></span>"#))
            } else {
                Self.wrapInlines(of: node, open: #"<p id="\#(anchor)">"#, close: "</p>")
            }
        }
    }

    func anchorHeadings() {
        for (index, node) in inventory.headings.enumerated() {
            let tag = "h\(node.headingLevel)"
            let anchor = DocumentInventory.headingAnchor(index)
            Self.wrapInlines(of: node, open: #"<\#(tag) id="\#(anchor)">"#, close: "</\(tag)>")
        }
    }

    /// Replaces a paragraph or heading by a custom block holding its inlines between the given tags.
    /// The tags are inline nodes rather than the block's own enter/exit text, because cmark puts line
    /// breaks around those; this way the HTML is laid out exactly as cmark lays out a `<p>`.
    private static func wrapInlines(of node: CmarkNode, open: String, close: String) {
        let block = CmarkNode(new: CMARK_NODE_CUSTOM_BLOCK)
        block.appendChild(.htmlInline(open))
        while let child = node.firstChild {
            block.appendChild(child)
        }
        block.appendChild(.htmlInline(close))
        node.replace(with: block)
    }
}
