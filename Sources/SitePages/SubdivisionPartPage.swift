import SiteModel

/// The numbered parts of a long list: links to the previous and next part and to each by number.
struct PagerView: Sendable {
    var previous: String?
    var next: String?
    var parts: [LinkView]
}

/// One part of the every-value table of a region with more direct subdivisions than a page holds (`PageLimits`):
/// the region and a run of its subdivisions, every value by year, and the way to the other parts and back to the
/// overview with the charts.
struct SubdivisionPartView: Sendable {
    var name: String
    var region: String
    var unit: String
    var target: String?
    /// The first and last subdivision of the part.
    var range: String
    var overviewHref: String
    var indicatorHref: String
    var regionHref: String
    var pager: PagerView
    var table: TableView
    var footnotes: [FootnoteView]
    var flags: [FlagView]
    /// Subdivision pages of this part's subdivisions: the next level down.
    var deeper: [LinkView]
}

extension LanguageContext {
    /// Part `number` (from 1) of the subdivision table of `parent`; the parent's own row leads each part, as the
    /// reference its subdivisions are read against.
    func subdivisionPartPage(
        _ indicator: Indicator, _ parent: RegionCode, part number: Int
    ) throws -> String {
        let route = Route.subdivisionPart(language, indicator.id, parent, part: number)
        let overview = Route.subdivisions(language, indicator.id, parent)
        let name = text(indicator.name)
        let regionName = regionName(parent)
        let parts = hierarchy.subdivisionParts(of: parent)
        let regions = parts.indices.contains(number - 1) ? parts[number - 1] : []
        let shown = [parent] + regions
        let (table, footnotes) = dataTable(indicator, on: route, regions: shown)
        func partRoute(_ other: Int) -> Route { .subdivisionPart(language, indicator.id, parent, part: other) }
        let view = SubdivisionPartView(
            name: name, region: regionName, unit: format.unitLabel(indicator.unit),
            target: format.targetText(indicator),
            range: strings.format("subdivisions.part_range", partBounds(regions)),
            overviewHref: route.link(to: overview),
            indicatorHref: route.link(to: .indicator(language, indicator.id)),
            regionHref: route.link(to: .region(language, parent)),
            pager: PagerView(
                previous: number > 1 ? route.link(to: partRoute(number - 1)) : nil,
                next: number < parts.count ? route.link(to: partRoute(number + 1)) : nil,
                parts: parts.indices.map { index in
                    LinkView(label: String(index + 1), href: route.link(to: partRoute(index + 1)), current: index + 1 == number)
                }),
            table: table, footnotes: footnotes,
            flags: flagsUsed(indicator, in: shown),
            deeper: subdivisionLinks(indicator, of: regions, on: route))
        let title = strings.format(
            "subdivisions.part_title",
            ["name": name, "region": regionName, "part": String(number), "parts": String(parts.count)])
        return try renderPage(
            "subdivision-part",
            layout: layout(
                route, title: title,
                breadcrumbs: subdivisionTrail(indicator, above: parent)
                    + [(regionName, overview)]),
            view: view)
    }
}
