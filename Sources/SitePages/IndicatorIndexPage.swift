import SiteModel

/// All indicators grouped by topic, each with its latest value, target and status for the home region.
struct IndicatorIndexView: Sendable {
    struct Row: Sendable {
        var name: String
        var href: String
        var latest: String?
        var period: String?
        var target: String?
        var status: StatusView
        var sparkline: String?
        /// The sparkline bridges periods without data with dots, which the page then explains.
        var sparklineBridgesGap: Bool
    }

    /// Where the index lists topics instead of rows (`PageLimits.indicatorsPerIndex`): the way to the topic's page,
    /// with how many indicators it has and how they stand.
    struct TopicLink: Sendable {
        var href: String
        var label: String
        var summary: [StatusCount]
    }

    struct Group: Sendable {
        var id: String
        var title: String
        var isPlan: Bool
        var rows: [Row]
        var topicLink: TopicLink? = nil
    }

    var homeRegion: String
    var groups: [Group]
    var summary: [StatusCount]
    /// What the dotted bridges of the sparklines mean, when any sparkline has one.
    var gapNote: String?
}

/// How many indicators have a status, for the summaries on the home and index pages.
struct StatusCount: Sendable {
    var status: StatusView
    var count: Int
}

extension LanguageContext {
    func indicatorRow(_ indicator: Indicator, on route: Route) -> IndicatorIndexView.Row {
        let latest = context.latest(indicator, homeRegion)
        let sparkline = context.sparkline(indicator, homeRegion, language)
        return IndicatorIndexView.Row(
            name: text(indicator.name), href: route.link(to: .indicator(language, indicator.id)),
            latest: latest?.value.map { format.formatValue($0, unit: indicator.unit) },
            period: latest?.period.text, target: format.targetText(indicator),
            status: format.statusView(context.status(indicator, homeRegion)),
            sparkline: sparkline?.svg(), sparklineBridgesGap: sparkline?.hasGaps ?? false)
    }

    /// Topics in file order with the indicators hanging directly on each; empty topics are left out. Where the
    /// index lists topics (`indexListsTopics`), a group links to its topic's page instead of holding its rows.
    func topicGroups(on route: Route) -> [IndicatorIndexView.Group] {
        let depths = context.topicDepths()
        let indicatorsByTopic = Dictionary(grouping: site.indicators, by: \.topic)
        let listsTopics = context.indexListsTopics
        return site.topics.compactMap { topic in
            let indicators = indicatorsByTopic[topic.id] ?? []
            let depth = depths[topic.id] ?? 1
            guard !indicators.isEmpty || depth == 1 else { return nil }
            var group = IndicatorIndexView.Group(
                id: "topic-\(topic.id)", title: text(topic.name),
                isPlan: depth == 1, rows: listsTopics ? [] : indicators.map { indicatorRow($0, on: route) })
            if listsTopics, !indicators.isEmpty {
                group.topicLink = topicLink(topic, indicators, on: route)
            }
            return group
        }
    }

    func statusCounts(_ indicators: [Indicator], region: RegionCode) -> [StatusCount] {
        statusCounts(indicators.map { context.status($0, region) })
    }

    /// How many of `statuses` are each status, in the order of `TargetStatus.allCases`.
    func statusCounts(_ statuses: [TargetStatus]) -> [StatusCount] {
        TargetStatus.allCases.map { status in
            StatusCount(status: format.statusView(status), count: statuses.filter { $0 == status }.count)
        }
    }

    func indicatorIndexPage() throws -> String {
        let route = Route.indicatorIndex(language)
        let groups = topicGroups(on: route)
        let view = IndicatorIndexView(
            homeRegion: regionName(homeRegion), groups: groups,
            summary: statusCounts(site.indicators, region: homeRegion),
            gapNote: groups.contains { $0.rows.contains(where: \.sparklineBridgesGap) }
                ? strings["chart.gap_note"] : nil)
        return try renderPage(
            "indicator-index", layout: layout(route, title: strings["nav.indicators"]), view: view)
    }
}
