import SiteModel

/// One indicator for one region and its direct subdivisions: the level of the region hierarchy below the
/// indicator's own page (`RegionHierarchy`), with its chart, latest-year bars and map, and every value.
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
    var table: TableView
    var footnotes: [FootnoteView]
    var flags: [FlagView]
    /// Subdivision pages of this region's subdivisions: the next level down.
    var deeper: [LinkView]
}

extension SiteContext {
    /// The region's direct subdivisions and, for the subdivisions that have pages of their own, those pages.
    func subdivisionPage(_ indicator: Indicator, _ parent: RegionCode, _ language: LanguageCode) throws -> String {
        let route = Route.subdivisions(language, indicator.id, parent)
        let strings = strings(language)
        let name = text(indicator.name, language)
        let regionName = regionName(parent, language)
        let children = hierarchy.children[parent] ?? []
        let shown = [parent] + children
        let (table, footnotes) = dataTable(indicator, language, on: route, regions: shown)
        let latestPeriod = children.lazy.compactMap { self.latest(indicator, $0)?.period }.max()
        // Ranked among every region, then narrowed: a set, as a national ranking has thousands of entries.
        let shownSet = Set(shown)
        let ranked = latestPeriod.map { period in
            ranking(indicator, period).filter { shownSet.contains($0.0) }
        }
        let view = SubdivisionPageView(
            name: name, region: regionName, unit: unitLabel(indicator.unit, language),
            target: targetText(indicator, language),
            indicatorHref: route.link(to: .indicator(language, indicator.id)),
            regionHref: route.link(to: .region(language, parent)),
            latestPeriod: latestPeriod?.text,
            chart: lineChartFigure(
                indicator, regions: [parent] + children.prefix(Self.maximumContextLines), primary: parent, language,
                on: route, id: "c1"),
            bars: latestPeriod.flatMap { period in
                barChartFigure(
                    indicator, period, regions: shown, reference: parent, ranked: ranked, language, on: route, id: "c2")
            },
            map: latestPeriod.flatMap { period in
                tileMapFigure(indicator, period, under: parent, ranked: ranked, language, on: route, id: "c3")
            },
            hasValues: latestPeriod != nil,
            table: table, footnotes: footnotes,
            flags: flagsUsed(indicator, in: shown, language),
            deeper: children.filter(hierarchy.hasSubdivisionPage).map { child in
                LinkView(label: self.regionName(child, language), href: route.link(to: .subdivisions(language, indicator.id, child)))
            })
        let title = strings.format("subdivisions.title", ["name": name, "region": regionName])
        let trail = hierarchy.subdividedAncestors(of: parent).map { ancestor in
            (label: self.regionName(ancestor, language), route: Route.subdivisions(language, indicator.id, ancestor))
        }
        return try renderPage(
            "subdivisions", language,
            layout: layout(
                route, language, title: title,
                breadcrumbs: [(strings["nav.indicators"], .indicatorIndex(language)), (name, .indicator(language, indicator.id))]
                    + trail),
            view: view)
    }

    /// Links to the subdivision pages of `regions` that have one, for an indicator with data.
    func subdivisionLinks(
        _ indicator: Indicator, of regions: [RegionCode], _ language: LanguageCode, on route: Route
    ) -> [LinkView] {
        guard site.data[indicator.id] != nil else { return [] }
        return regions.filter(hierarchy.hasSubdivisionPage).map { code in
            LinkView(label: regionName(code, language), href: route.link(to: .subdivisions(language, indicator.id, code)))
        }
    }
}
