import Markdown
import Testing

@Suite struct ChartBlockTests {
    private let document = """
        Text.

        ```chart
        indicator: maternal-mortality-ratio
        regions: ["620000", "100000"]
        ```

        - item

          ```chart kind=bar
          indicator: b
          ```

        ```yaml
        not: a chart
        ```

        ```charts
        indicator: c
        ```
        """

    @Test func outlineListsChartBlocksWithBodiesAndFencePositions() {
        let charts = Markdown.outline(document).charts
        #expect(charts == [
            MarkdownChartBlock(
                index: 0, body: "indicator: maternal-mortality-ratio\nregions: [\"620000\", \"100000\"]\n",
                position: MarkdownPosition(line: 3, column: 1)),
            MarkdownChartBlock(index: 1, body: "indicator: b\n", position: MarkdownPosition(line: 10, column: 3)),
        ])
    }

    @Test func renderPutsTheRendererHTMLInPlaceOfEachChart() {
        var seen: [MarkdownChartBlock] = []
        let html = Markdown.render(document, chartRenderer: { chart in
            seen.append(chart)
            return #"<figure class="chart" data-n="\#(chart.index)"><svg></svg></figure>"#
        })
        #expect(seen == Markdown.outline(document).charts)
        #expect(html.contains(#"<figure class="chart" data-n="0"><svg></svg></figure>"#))
        #expect(html.contains(#"<figure class="chart" data-n="1"><svg></svg></figure>"#))
        #expect(!html.contains("maternal-mortality-ratio"))
        #expect(html.contains(#"<code class="language-yaml">not: a chart"#))
        #expect(html.contains(#"<code class="language-charts">"#))
    }

    @Test func chartHTMLIsInsertedEvenWhenRawHTMLIsNotAllowed() {
        let html = Markdown.render("```chart\na: 1\n```", options: .init(allowsRawHTML: false), chartRenderer: { _ in "<svg/>" })
        #expect(html == "<svg/>\n")
    }

    @Test func positionColumnsCountCharactersAfterCJKIndentation() {
        let charts = Markdown.outline("> 引用\n> ```chart\n> a: 1\n> ```\n").charts
        #expect(charts.first?.position == MarkdownPosition(line: 2, column: 3))
    }
}
