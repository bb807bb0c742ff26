import Markdown
import Testing

@Suite struct RawHTMLTests {
    private let document = """
        <script>alert(1)</script>

        Text with <b onclick="x()">inline</b> HTML.
        """

    @Test func rawHTMLIsOmittedByDefault() {
        let html = Markdown.render(document)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b"))
        #expect(html == """
            <!-- raw HTML omitted -->
            <p id="p1">Text with <!-- raw HTML omitted -->inline<!-- raw HTML omitted --> HTML.</p>

            """)
    }

    @Test func rawHTMLIsKeptWhenAllowed() {
        let html = Markdown.render(document, options: .init(allowsRawHTML: true))
        #expect(html.contains("<script>alert(1)</script>"))
        #expect(html.contains(#"<b onclick="x()">inline</b>"#))
    }

    @Test func outlineReportsWhereRawHTMLIs() {
        #expect(Markdown.outline(document).rawHTML == [
            MarkdownPosition(line: 1, column: 1),
            MarkdownPosition(line: 3, column: 11),
            MarkdownPosition(line: 3, column: 34),
        ])
    }

    @Test func textThatMerelyLooksLikeHTMLIsEscaped() {
        let html = Markdown.render("a < b & `<i>`")
        #expect(html == #"<p id="p1">a &lt; b &amp; <code>&lt;i&gt;</code></p>"# + "\n")
    }
}
