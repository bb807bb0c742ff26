import Markdown
import Plotting
import SiteModel

extension LanguageContext {
    /// Renders a content Markdown text for the page at `route`: site-object links resolved to that page's
    /// language, `chart` blocks replaced by charts, raw HTML only where the site allows it. cmark escapes markup but
    /// passes control characters through; they are dropped here as every escaper of the site drops them.
    func renderMarkdown(_ text: MarkdownText, on route: Route, chartPrefix: String) -> String {
        let html = Markdown.render(
            text.markdown,
            options: MarkdownRenderOptions(allowsRawHTML: site.settings.allowsRawHTML),
            linkResolver: { destination in
                if let link = text.siteLinks[destination] { return objectLink(link, from: route) }
                return text.claims.first { $0.destination == destination }.map {
                    route.link(to: .indicator(language, $0.indicator), fragment: nil)
                }
            },
            plainText: { destination in
                text.claims.contains { $0.destination == destination && !$0.linksChart }
            },
            chartRenderer: { block in
                guard block.index < text.charts.count else { return "" }
                return context.documentChart(text.charts[block.index], language, on: route, id: "\(chartPrefix)\(block.index + 1)")
            }
        )
        return MarkupEscaping.removingForbiddenCharacters(html)
    }

    /// The relative address of a site-object link, parsed and checked when the content was loaded.
    func objectLink(_ link: SiteLink, from route: Route) -> String {
        let target: Route
        switch link.target {
        case .indicator(let id): target = .indicator(language, id)
        case .region(let code): target = .region(language, code)
        case .document(let slug): target = .document(language, slug)
        case .page(let slug): target = .page(language, slug)
        }
        return route.link(to: target, fragment: link.fragment)
    }
}
