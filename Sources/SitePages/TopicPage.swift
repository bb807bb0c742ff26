import SiteModel

/// The indicators of one topic with their rows as the index shows them, for a site with more indicators than the
/// index lists row by row (`PageLimits.indicatorsPerIndex`).
struct TopicPageView: Sendable {
    var homeRegion: String
    var group: IndicatorIndexView.Group
    var summary: [StatusCount]
    var gapNote: String?
}

extension SiteContext {
    /// Whether the index lists topics with a link each rather than every indicator's row.
    var indexListsTopics: Bool { site.indicators.count > indicatorsPerIndex }

    /// The topics with a page of their own, each with its indicators in file order: those with indicators hanging
    /// directly on them, where the index lists topics; none where it lists every row.
    func topicPages() -> [(topic: Topic, indicators: [Indicator])] {
        guard indexListsTopics else { return [] }
        let indicatorsByTopic = Dictionary(grouping: site.indicators, by: \.topic)
        return site.topics.compactMap { topic in
            guard let indicators = indicatorsByTopic[topic.id], !indicators.isEmpty else { return nil }
            return (topic, indicators)
        }
    }
}

extension LanguageContext {
    /// The way from the index to a topic's page, with how many indicators it has and how they stand.
    func topicLink(
        _ topic: Topic, _ indicators: [Indicator], on route: Route
    ) -> IndicatorIndexView.TopicLink {
        IndicatorIndexView.TopicLink(
            href: route.link(to: .topic(language, topic.id)),
            label: strings.format("indicators.topic_link", ["count": String(indicators.count)]),
            summary: statusCounts(indicators, region: homeRegion))
    }

    func topicPage(_ topic: Topic) throws -> String {
        let route = Route.topic(language, topic.id)
        let indicators = site.indicators.filter { $0.topic == topic.id }
        let title = text(topic.name)
        let group = IndicatorIndexView.Group(
            id: "topic-\(topic.id)", title: title, isPlan: true,
            rows: indicators.map { indicatorRow($0, on: route) })
        let view = TopicPageView(
            homeRegion: regionName(homeRegion), group: group,
            summary: statusCounts(indicators, region: homeRegion),
            gapNote: group.rows.contains(where: \.sparklineBridgesGap) ? strings["chart.gap_note"] : nil)
        return try renderPage(
            "topic",
            layout: layout(route, title: title, breadcrumbs: [(strings["nav.indicators"], .indicatorIndex(language))]),
            view: view)
    }
}
