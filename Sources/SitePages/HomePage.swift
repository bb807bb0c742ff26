import SiteModel

/// The front page: what the site is, headline numbers, the latest documents and ways in.
struct HomePageView: Sendable {
    struct Stat: Sendable {
        var value: String
        var label: String
        var href: String
    }

    var title: String
    var description: String
    var homeRegion: String
    var stats: [Stat]
    var summary: [StatusCount]
    var targets: [IndicatorIndexView.Row]
    var documents: [DocumentIndexView.Row]
    var topics: [LinkView]
    var entries: [LinkView]
}

extension LanguageContext {
    func homePage() throws -> String {
        let route = Route.home(language)
        let withData = site.indicators.filter { !(site.data[$0.id]?.observations.isEmpty ?? true) }
        let statuses = site.indicators.map { context.status($0, homeRegion) }
        let judged = statuses.filter { $0 == .met || $0 == .notMet }.count
        let met = statuses.filter { $0 == .met }.count
        let stats = [
            HomePageView.Stat(
                value: String(site.indicators.count), label: strings["home.stat_indicators"],
                href: route.link(to: .indicatorIndex(language))),
            HomePageView.Stat(
                value: String(withData.count), label: strings["home.stat_with_data"],
                href: route.link(to: .indicatorIndex(language))),
            HomePageView.Stat(
                value: strings.format("home.met_of", ["met": String(met), "total": String(judged)]),
                label: strings.format("home.stat_targets_met", ["region": regionName(homeRegion)]),
                href: route.link(to: .indicatorIndex(language))),
            HomePageView.Stat(
                value: String(site.documents.count), label: strings["home.stat_documents"],
                href: route.link(to: .documentIndex(language))),
        ]
        let documents = site.documents.prefix(5).compactMap { documentRow($0, on: route) }
        let view = HomePageView(
            title: text(site.settings.title),
            description: text(site.settings.description),
            homeRegion: regionName(homeRegion),
            stats: stats,
            summary: statusCounts(site.indicators, region: homeRegion),
            targets: site.indicators.filter { $0.target != nil }.map { indicatorRow($0, on: route) },
            documents: Array(documents),
            topics: site.topics.filter { $0.parent == nil }.map { topic in
                LinkView(label: text(topic.name), href: route.link(to: .indicatorIndex(language), fragment: "topic-\(topic.id)"))
            },
            entries: [
                LinkView(label: strings["nav.indicators"], href: route.link(to: .indicatorIndex(language))),
                LinkView(label: strings["nav.regions"], href: route.link(to: .regionIndex(language))),
                LinkView(label: strings["nav.documents"], href: route.link(to: .documentIndex(language))),
                LinkView(label: strings["nav.data"], href: route.link(to: .dataPage(language))),
            ])
        let title = text(site.settings.title)
        return try renderPage("home", layout: layout(route, title: title), view: view)
    }
}
