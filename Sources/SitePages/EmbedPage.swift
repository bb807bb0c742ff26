import Plotting
import SiteModel

/// An indicator's chart on a page of its own, for other sites to show in an `<iframe>`: title, chart, where the
/// figures come from and a link back, without navigation. Every link is relative, so the page works from any host
/// the site is copied to.
struct EmbedPageView: Sendable {
    var name: String
    var chart: ChartFigureView?
    /// The sources of the figures by title, in the order the indicator page lists them (the publisher where none is
    /// named).
    var sources: String
    var publisher: String
    var siteTitle: String
    var indicatorHref: String
}

/// The `<iframe>` code an indicator page offers to copy.
struct EmbedCodeView: Sendable {
    var code: String
    var href: String
}

extension LanguageContext {
    func embedPage(_ indicator: Indicator) throws -> String {
        let route = Route.indicatorEmbed(language, indicator.id)
        let name = text(indicator.name)
        let publisher = text(site.settings.publisher)
        let sources = context.citedSources(of: indicator).order.compactMap { site.sourceIndex[$0].map { text($0.title) } }
        let view = EmbedPageView(
            name: name,
            chart: context.lineChartFigure(indicator, regions: nil, language, on: route, id: "c1"),
            sources: sources.isEmpty ? publisher : sources.joined(separator: strings["embed.source_separator"]),
            publisher: publisher,
            siteTitle: text(site.settings.title),
            indicatorHref: route.link(to: .indicator(language, indicator.id)))
        return try renderPage("embed", layout: layout(route, title: name), view: view)
    }

    /// The code that shows an indicator's embed page elsewhere: its canonical URL where `base_url` is set, else its
    /// path from the site root, to be completed with the host it is served from.
    func embedCode(_ indicator: Indicator, on route: Route) -> EmbedCodeView {
        let target = Route.indicatorEmbed(language, indicator.id)
        let source = absoluteURL(target) ?? target.path
        let title = MarkupEscaping.attribute(text(indicator.name))
        return EmbedCodeView(
            code: "<iframe src=\"\(MarkupEscaping.attribute(source))\" title=\"\(title)\" width=\"100%\" height=\"560\""
                + " style=\"border:0\" loading=\"lazy\"></iframe>",
            href: route.link(to: target))
    }
}
