import SiteModel

/// One indicator for one region and its direct subdivisions: the level of the region hierarchy below the
/// indicator's own page (`RegionHierarchy`), with its chart, latest-year bars and map, and every value — or, for a
/// region with more subdivisions than a page holds (`PageLimits`), links to the parts of its every-value table.
struct SubdivisionPageView: Sendable {
    var name: String
    var region: String
    var unit: String
    var target: String?
    var indicatorHref: String
    var regionHref: String
    var latestPeriod: String?
    var chart: ChartFigureView?
    var bars: ChartFigureView?
    var map: ChartFigureView?
    var hasValues: Bool
    /// The every-value table, where the page holds it; nil where it is in `parts`.
    var table: TableView?
    var footnotes: [FootnoteView]
    var flags: [FlagView]
    /// Subdivision pages of this region's subdivisions: the next level down (on the parts, where there are parts).
    var deeper: [LinkView]
    /// The numbered parts of the every-value table, each naming its first and last subdivision; empty where the
    /// page holds the table.
    var parts: [LinkView]
    /// The sentence introducing `parts`.
    var partsIntro: String?
}

extension LanguageContext {
    /// The region's direct subdivisions and, for the subdivisions that have pages of their own, those pages.
    func subdivisionPage(_ indicator: Indicator, _ parent: RegionCode) throws -> String {
        let route = Route.subdivisions(language, indicator.id, parent)
        let name = text(indicator.name)
        let regionName = regionName(parent)
        let children = hierarchy.children[parent] ?? []
        let shown = [parent] + children
        let parts = hierarchy.subdivisionParts(of: parent)
        let (table, footnotes) =
            parts.isEmpty ? dataTable(indicator, on: route, regions: shown) : (nil, [])
        let latestPeriod = children.lazy.compactMap { context.latest(indicator, $0)?.period }.max()
        // The shown regions' place in the ranking of every region, found from their rows alone.
        let ranked = latestPeriod.map { period in context.ranking(indicator, period, among: shown) }
        let barRegions = ranked.flatMap { context.rankingEnds($0.map(\.0), keeping: [parent]) }
        var bars = latestPeriod.flatMap { period in
            context.barChartFigure(
                indicator, period, regions: barRegions ?? shown, reference: parent, ranked: ranked, language, on: route,
                id: "c2")
        }
        if barRegions != nil, let ranked { bars?.notes.append(rankingEndsNote(total: ranked.count)) }
        let view = SubdivisionPageView(
            name: name, region: regionName, unit: format.unitLabel(indicator.unit),
            target: format.targetText(indicator),
            indicatorHref: route.link(to: .indicator(language, indicator.id)),
            regionHref: route.link(to: .region(language, parent)),
            latestPeriod: latestPeriod?.text,
            chart: context.lineChartFigure(
                indicator, regions: [parent] + children.prefix(SiteContext.maximumContextLines), primary: parent, language,
                on: route, id: "c1"),
            bars: bars,
            map: latestPeriod.flatMap { period in
                context.tileMapFigure(indicator, period, under: parent, ranked: ranked, language, on: route, id: "c3")
            },
            hasValues: latestPeriod != nil,
            table: table, footnotes: footnotes,
            flags: parts.isEmpty ? flagsUsed(indicator, in: shown) : [],
            deeper: parts.isEmpty ? subdivisionLinks(indicator, of: children, on: route) : [],
            parts: parts.enumerated().map { index, regions in
                LinkView(
                    label: partLabel(regions, number: index + 1),
                    href: route.link(to: .subdivisionPart(language, indicator.id, parent, part: index + 1)))
            },
            partsIntro: parts.isEmpty
                ? nil
                : strings.format(
                    "subdivisions.parts_intro", ["parts": String(parts.count), "size": String(PageLimits.regionsPerPart)]))
        let title = strings.format("subdivisions.title", ["name": name, "region": regionName])
        return try renderPage(
            "subdivisions",
            layout: layout(route, title: title, breadcrumbs: subdivisionTrail(indicator, above: parent)),
            view: view)
    }

    /// The breadcrumbs of a subdivision page of `parent` (or of a part of one): the indicators, the indicator, and the
    /// subdivision pages of the regions above `parent`.
    func subdivisionTrail(
        _ indicator: Indicator, above parent: RegionCode
    ) -> [(label: String, route: Route)] {
        let trail = hierarchy.subdividedAncestors(of: parent).map { ancestor in
            (label: self.regionName(ancestor), route: Route.subdivisions(language, indicator.id, ancestor))
        }
        return [
            (strings["nav.indicators"], .indicatorIndex(language)),
            (text(indicator.name), .indicator(language, indicator.id)),
        ] + trail
    }

    /// A part of a subdivision table by its number and the first and last subdivision it holds.
    func partLabel(_ regions: [RegionCode], number: Int) -> String {
        strings.format("subdivisions.part_label", partBounds(regions).merging(["part": String(number)]) { $1 })
    }

    /// The names of the first and last subdivision of a part, for the strings naming it.
    func partBounds(_ regions: [RegionCode]) -> [String: String] {
        ["first": regions.first.map { regionName($0) } ?? "", "last": regions.last.map { regionName($0) } ?? ""]
    }

    /// Links to the subdivision pages of `regions` that have one, for an indicator with data.
    func subdivisionLinks(
        _ indicator: Indicator, of regions: [RegionCode], on route: Route
    ) -> [LinkView] {
        guard site.data[indicator.id] != nil else { return [] }
        return regions.filter(hierarchy.hasSubdivisionPage).map { code in
            LinkView(label: regionName(code), href: route.link(to: .subdivisions(language, indicator.id, code)))
        }
    }
}
