import SiteModel

/// The regional comparison of one indicator in one period: every overview region's value (`RegionHierarchy`),
/// sorted, as bars, map and table.
struct ComparisonPageView: Sendable {
    var name: String
    var unit: String
    var period: String
    var indicatorHref: String
    var periods: [LinkView]
    var chart: ChartFigureView?
    var map: ChartFigureView?
    var target: String?
    /// The ranked table's rows, written by code (`comparisonRowsHTML`).
    var rowsHTML: String
    var caption: String
    var cite: CitationView
}

extension SiteContext {
    /// Periods in which any region has a headline value, oldest first.
    func comparisonPeriods(_ indicator: Indicator) -> [Period] {
        headlines.periodsWithValues(of: indicator.id)
    }

    /// The headline values of `period` (or the series `filter` picks), sorted so the best comes first
    /// (highest unless lower is better).
    ///
    /// - Parameter regions: only these regions' values, where given: the ranking of every region narrowed to them
    ///   (the order is total, by value then region), found without building every region's observation.
    func ranking(
        _ indicator: Indicator, _ period: Period, filter: [String: String] = [:], among regions: [RegionCode]? = nil
    ) -> [(RegionCode, Observation)] {
        let observations: [Observation]
        if filter.isEmpty {
            observations =
                regions.map { headlines.valuedObservations(of: indicator.id, in: period, regions: $0) }
                ?? headlines.valuedObservations(of: indicator.id, in: period)
        } else {
            let kept = regions.map(Set.init)
            observations = (site.data[indicator.id]?.headline(indicator.headline.merging(filter) { _, chosen in chosen }) ?? [])
                .filter { $0.period == period && $0.value != nil && kept?.contains($0.region) ?? true }
        }
        let ascending = indicator.better == .lower
        return observations.sorted { a, b in
            let (x, y) = (a.value!.doubleValue, b.value!.doubleValue)
            if x != y { return ascending ? x < y : x > y }
            return a.region < b.region
        }.map { ($0.region, $0) }
    }
}

extension LanguageContext {
    /// The comparison page for `period`; the latest period lives at the folder's index.
    func comparisonPage(_ indicator: Indicator, _ period: Period, isLatest: Bool) throws -> String {
        let route = Route.comparison(language, indicator.id, period: isLatest ? nil : period.text)
        let name = text(indicator.name)
        let periods = context.comparisonPeriods(indicator)
        // Siblings compared with siblings: the overview regions; deeper regions are on subdivision pages.
        let ranking = context.ranking(indicator, period, among: hierarchy.overview)
        let title = strings.format("compare.title", ["name": name, "period": period.text])
        // A hundred siblings make a chart three screens tall: it draws the ends of the ranking, the table every one.
        let compared = context.comparedRegions(ranking)
        let barRegions = ranking.map(\.0).filter(compared.contains)
        let ends = context.rankingEnds(barRegions, keeping: featuredRegions)
        var chart = context.barChartFigure(indicator, period, regions: ends, ranked: ranking, language, on: route, id: "c1")
        if ends != nil { chart?.notes.append(rankingEndsNote(total: barRegions.count)) }
        let view = ComparisonPageView(
            name: name,
            unit: format.unitLabel(indicator.unit),
            period: period.text,
            indicatorHref: route.link(to: .indicator(language, indicator.id)),
            periods: periods.reversed().map { other in
                let target = Route.comparison(language, indicator.id, period: other == periods.last ? nil : other.text)
                return LinkView(label: other.text, href: route.link(to: target), current: other == period)
            },
            chart: chart,
            map: context.tileMapFigure(indicator, period, ranked: ranking, language, on: route, id: "c2"),
            target: format.targetText(indicator),
            rowsHTML: comparisonRowsHTML(indicator, period, ranking: ranking, on: route),
            caption: strings.format("compare.table_caption", ["name": name, "period": period.text]),
            cite: citationView(title: title, route: route, indicator: nil)
        )
        return try renderPage(
            "comparison",
            layout: layout(
                route, title: title,
                breadcrumbs: [
                    (strings["nav.indicators"], .indicatorIndex(language)), (name, .indicator(language, indicator.id)),
                ]),
            view: view)
    }
}
