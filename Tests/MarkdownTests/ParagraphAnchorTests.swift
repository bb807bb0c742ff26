import Foundation
import Markdown
import Testing

@Suite struct ParagraphAnchorTests {
    @Test func loneParagraphGetsAnchorOnItsElement() {
        #expect(Markdown.render("Hello.") == "<p id=\"p1\">Hello.</p>\n")
    }

    @Test func headingsAreNotCountedAndGetTheirOwnAnchors() {
        let html = Markdown.render("# One\n\nFirst.\n\n## Two\n\nSecond.")
        #expect(html == """
            <h1 id="s1">One</h1>
            <p id="p1">First.</p>
            <h2 id="s2">Two</h2>
            <p id="p2">Second.</p>

            """)
    }

    @Test func setextHeadingsAreNumberedWithTheOthers() {
        let html = Markdown.render("Title\n=====\n\n### Sub\n\nSection\n-------")
        #expect(html.contains(#"<h1 id="s1">Title</h1>"#))
        #expect(html.contains(#"<h3 id="s2">Sub</h3>"#))
        #expect(html.contains(#"<h2 id="s3">Section</h2>"#))
    }

    @Test func tightListItemsGetAnEmptyAnchorSpan() {
        let html = Markdown.render("Intro.\n\n- one\n- two\n")
        #expect(html == """
            <p id="p1">Intro.</p>
            <ul>
            <li><span id="p2" class="anchor"></span>one</li>
            <li><span id="p3" class="anchor"></span>two</li>
            </ul>

            """)
    }

    @Test func looseListItemsKeepTheirParagraphElements() {
        let html = Markdown.render("1. one\n\n2. two\n")
        #expect(html == """
            <ol>
            <li>
            <p id="p1">one</p>
            </li>
            <li>
            <p id="p2">two</p>
            </li>
            </ol>

            """)
    }

    @Test func blockQuotesAndNestedListsAreCountedInDocumentOrder() {
        let html = Markdown.render("> quoted\n>\n> - inner\n\n- a\n  - b\n\nafter")
        #expect(html == """
            <blockquote>
            <p id="p1">quoted</p>
            <ul>
            <li><span id="p2" class="anchor"></span>inner</li>
            </ul>
            </blockquote>
            <ul>
            <li><span id="p3" class="anchor"></span>a
            <ul>
            <li><span id="p4" class="anchor"></span>b</li>
            </ul>
            </li>
            </ul>
            <p id="p5">after</p>

            """)
    }

    /// A tight item may hold two paragraphs when something other than a blank line separates them.
    @Test func tightItemWithTwoParagraphsAnchorsBoth() {
        let html = Markdown.render("- c\n  ***\n  d\n")
        #expect(html.contains(#"<li><span id="p1" class="anchor"></span>c"#))
        #expect(html.contains(#"<hr />"# + "\n" + #"<span id="p2" class="anchor"></span>d</li>"#))
    }

    @Test(.enabled(if: CmarkCommandLine.isInstalled, "the cmark command line is not on the PATH"))
    func numberingMatchesTheParagraphNodesOfTheCmarkCommandLine() throws {
        let html = Markdown.render(Sample.document)
        let rendered = anchors(in: html, prefix: "p")
        let outline = Markdown.outline(Sample.document)
        let cli = try #require(CmarkCommandLine.paragraphCount(of: Sample.document))
        #expect(cli > 10)
        #expect(rendered == (1...cli).map { "p\($0)" })
        #expect(outline.paragraphs.count == cli)
    }

    @Test func everyAnchorIsUnique() {
        let ids = anchors(in: Markdown.render(Sample.document), prefix: "")
        #expect(Set(ids).count == ids.count)
    }

    private func anchors(in html: String, prefix: String) -> [String] {
        html.matches(of: #/ id="([a-z0-9]+)"/#).map { String($0.output.1) }.filter { $0.hasPrefix(prefix) }
    }
}
