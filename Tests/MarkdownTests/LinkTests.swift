import Markdown
import Testing

@Suite struct LinkTests {
    private func siteObjects(_ destination: String) -> String? {
        guard destination.hasPrefix("indicator:") else { return nil }
        return "../indicators/\(destination.dropFirst("indicator:".count)).html"
    }

    @Test func resolverReplacesSiteObjectLinks() {
        let html = Markdown.render("See [孕产妇死亡率](indicator:foo).", linkResolver: siteObjects)
        #expect(html == #"<p id="p1">See <a href="../indicators/foo.html">孕产妇死亡率</a>.</p>"# + "\n")
    }

    @Test func resolverReturningNilKeepsTheDestination() {
        let html = Markdown.render("[a](https://example.org/x?a=1&b=2)", linkResolver: siteObjects)
        #expect(html.contains(#"href="https://example.org/x?a=1&amp;b=2""#))
    }

    @Test func resolverAppliesToImages() {
        let html = Markdown.render("![map](indicator:bar)", linkResolver: siteObjects)
        #expect(html.contains(#"<img src="../indicators/bar.html" alt="map" />"#))
    }

    @Test func resolvedURLsAreEscaped() {
        let html = Markdown.render("[a](indicator:x)", linkResolver: { _ in #"x"><script>"# })
        #expect(!html.contains("<script>"))
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox", "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=", "&#x6A;avascript:alert(1)", "<javascript:alert(1)>",
        "data:image/png;base64,iVBORw0KGgo=", "<java&#9;script:alert(1)>", "//evil.example/", "<a b.html>",
        "https:&#92;&#92;evil.example", "<https://example.org/&#x202E;gnp.exe>", "indicator:unresolved",
    ])
    func dangerousURLsBecomeEmpty(_ destination: String) {
        let html = Markdown.render("[x](\(destination)) ![y](\(destination))")
        #expect(html.contains(#"<a href="">x</a>"#))
        #expect(html.contains(#"<img src="" alt="y" />"#))
    }

    @Test func dangerousURLsFromTheResolverBecomeEmptyToo() {
        let html = Markdown.render("[x](indicator:a)", linkResolver: { _ in "javascript:alert(1)" })
        #expect(html.contains(#"<a href="">x</a>"#))
    }

    @Test func dangerousURLsAreEmptiedEvenWhenRawHTMLIsAllowed() {
        let html = Markdown.render("[x](javascript:alert(1))", options: .init(allowsRawHTML: true))
        #expect(html.contains(#"<a href="">x</a>"#))
    }

    /// The same checker as the loader's (`WebAddress`): web addresses, mail, phone and relative references.
    @Test(arguments: ["https://a.b/c", "mailto:a@b.c", "tel:+8693100", "../x.html", "#p1"])
    func safeURLsAreKept(_ destination: String) {
        let html = Markdown.render("![y](\(destination))")
        #expect(html.contains(#"src="\#(destination)""#))
    }

    @Test func autolinksAreLinks() {
        let outline = Markdown.outline("Go to <https://example.org>.")
        #expect(outline.links.map(\.destination) == ["https://example.org"])
    }
}

/// A claim is printed as its text unless it links to its chart.
@Suite struct PlainTextLinkTests {
    @Test func aLinkMarkedPlainIsRenderedAsItsText() {
        let html = Markdown.render(
            "孕产妇死亡率[持续*降低*](claim:maternal-mortality-ratio?trend=down)。",
            plainText: { $0.hasPrefix("claim:") })
        #expect(html == "<p id=\"p1\">孕产妇死亡率持续<em>降低</em>。</p>\n")
    }

    @Test func otherLinksStayLinks() {
        let html = Markdown.render("[a](https://example.org/)", plainText: { $0.hasPrefix("claim:") })
        #expect(html.contains("<a href=\"https://example.org/\">a</a>"))
    }
}
