import Markdown
import Plotting
import SiteModel

extension SiteContext {
    /// Renders a content Markdown text for the page at `route`: site-object links resolved to that page's
    /// language, `chart` blocks replaced by charts, raw HTML only where the site allows it. cmark escapes markup but
    /// passes control characters through; they are dropped here as every escaper of the site drops them.
    func renderMarkdown(_ text: MarkdownText, on route: Route, _ language: LanguageCode, chartPrefix: String) -> String {
        let html = Markdown.render(
            text.markdown,
            options: MarkdownRenderOptions(allowsRawHTML: site.settings.allowsRawHTML),
            linkResolver: { destination in objectLink(destination, from: route, language) },
            chartRenderer: { block in
                guard block.index < text.charts.count else { return "" }
                return documentChart(text.charts[block.index], language, on: route, id: "\(chartPrefix)\(block.index + 1)")
            }
        )
        return MarkupEscaping.removingForbiddenCharacters(html)
    }

    /// `indicator:x`, `region:x`, `document:x`, `page:x` → the relative link; nil for any other destination.
    /// Validation has already reported links to unknown objects.
    func objectLink(_ destination: String, from route: Route, _ language: LanguageCode) -> String? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = destination[..<colon]
        var rest = String(destination[destination.index(after: colon)...])
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = String(rest[..<hash])
        }
        let target: Route
        switch scheme {
        case "indicator": target = .indicator(language, IndicatorID(rest))
        case "region": target = .region(language, RegionCode(rest))
        case "document": target = .document(language, DocumentSlug(rest))
        case "page": target = .page(language, PageSlug(rest))
        default: return nil
        }
        return route.link(to: target, fragment: fragment)
    }
}
