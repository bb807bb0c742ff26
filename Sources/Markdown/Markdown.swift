import SiteModel

/// CommonMark documents as Almanac uses them: every paragraph and heading carries a stable anchor,
/// links may name site objects, and fenced `chart` blocks are replaced by charts.
public enum Markdown {
    /// The anchor of paragraph `index` (0-based) of a rendered text, `p1` for the first: what search results
    /// and citations link to.
    public static func paragraphAnchor(_ index: Int) -> String { DocumentInventory.paragraphAnchor(index) }

    /// Reads a document without rendering it. Text is taken as written (no smart punctuation), so links and
    /// quotations match the source.
    public static func outline(_ text: String) -> MarkdownOutline {
        let columns = SourceColumns(text)
        return CmarkDocument.parse(text, smartPunctuation: false) { root in
            let inventory = DocumentInventory(root)
            return MarkdownOutline(
                links: inventory.links.map { node in
                    MarkdownLink(
                        destination: node.url, text: InlineText(of: node).text, position: columns.position(of: node))
                },
                charts: inventory.chartBlocks(columns),
                paragraphs: inventory.paragraphs.map { InlineText(of: $0).text },
                headings: inventory.headings.enumerated().map { index, node in
                    MarkdownHeading(
                        level: node.headingLevel, text: InlineText(of: node).text,
                        anchor: DocumentInventory.headingAnchor(index))
                },
                rawHTML: inventory.rawHTML.map(columns.position(of:))
            )
        }
    }

    /// Renders a document to an HTML fragment.
    ///
    /// Paragraphs get `id="pN"` (on the `<p>`, or on an empty `<span class="anchor">` where cmark writes no
    /// `<p>`, as in tight lists) and headings `id="sN"`. Link and image URLs that `WebAddress` refuses (other
    /// schemes than http, https, mailto and tel; spaces or control characters) are emptied, even when raw HTML is
    /// allowed.
    /// - Parameters:
    ///   - linkResolver: given a link or image destination, returns the URL to use instead, or nil to keep it.
    ///   - chartRenderer: returns the HTML put in place of a chart block; it is trusted and inserted as is.
    ///   - plainText: given a link destination, whether the link is shown as its text alone (a claim that
    ///     does not link to its chart).
    public static func render(
        _ text: String, options: MarkdownRenderOptions = .init(),
        linkResolver: (String) -> String? = { _ in nil },
        plainText: (String) -> Bool = { _ in false },
        chartRenderer: (MarkdownChartBlock) -> String = { _ in "" }
    ) -> String {
        let columns = SourceColumns(text)
        return CmarkDocument.parse(text, smartPunctuation: options.smartPunctuation) { root in
            let inventory = DocumentInventory(root)
            let rewrite = RenderRewrite(inventory: inventory, columns: columns)
            if !options.allowsRawHTML { rewrite.omitRawHTML() }
            rewrite.resolveLinks(linkResolver, unwrapping: plainText)
            rewrite.joinWrappedLines()
            rewrite.replaceCharts(chartRenderer)
            rewrite.anchorParagraphs()
            rewrite.anchorHeadings()
            return withoutControlCharacters(CmarkDocument.html(of: root, smartPunctuation: options.smartPunctuation))
        }
    }

    /// HTML without control characters: a character reference such as `&#1;` reaches cmark's output as the raw
    /// character, which HTML forbids and which would make any XML that embeds the text invalid.
    private static func withoutControlCharacters(_ html: String) -> String {
        guard html.unicodeScalars.contains(where: ControlCharacters.isControl) else { return html }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: html.unicodeScalars.lazy.filter { !ControlCharacters.isControl($0) })
        return String(kept)
    }
}
