import SiteModel

/// The list of regions by level, each with how many indicators have data for it.
struct RegionIndexView: Sendable {
    struct Row: Sendable {
        var name: String
        var href: String
        var code: String
        var level: String
        var parent: String?
        var indicators: Int
        var met: Int
        var withTarget: Int
    }

    var rows: [Row]
    /// Whether regions further down the hierarchy are left to their parents' profiles.
    var omitsDeeperRegions: Bool
    var map: ChartFigureView?
}

/// One region's profile: every indicator's latest value beside the home region's and the target.
struct RegionPageView: Sendable {
    struct Row: Sendable {
        var name: String
        var href: String
        var value: String?
        var period: String?
        var flag: String?
        var homeValue: String?
        var homePeriod: String?
        var target: String?
        var status: StatusView
    }

    var name: String
    /// The language of the name where its translation is missing and the default language's is shown.
    var nameLang: String?
    var code: String
    var level: String
    var parent: LinkView?
    var children: [LinkView]
    /// Each indicator's page of this region and its subdivisions, where the region has such pages.
    var subdivisions: [LinkView]
    var isHome: Bool
    var homeRegion: String
    var rows: [Row]
    /// `rows` as the table's rows, written by code (`Row.write`).
    var rowsHTML: String
    var summary: [StatusCount]
    var met: Int
    var withTarget: Int
    var missing: Int
}

extension SiteContext {
    /// (indicators with data, targets met, indicators with a target and data) for a region.
    private func counts(_ code: RegionCode) -> (data: Int, met: Int, withTarget: Int) {
        var data = 0
        var met = 0
        var withTarget = 0
        for indicator in site.indicators {
            let status = status(indicator, code)
            if latest(indicator, code) != nil { data += 1 }
            if status == .met { met += 1 }
            if status == .met || status == .notMet { withTarget += 1 }
        }
        return (data, met, withTarget)
    }

    /// The overview regions and those with subdivision pages, in file order; the rest are listed on their parent's
    /// profile, so an index stays a page a reader can use with thousands of counties (`RegionHierarchy`).
    var indexedRegions: [Region] {
        site.regions.filter { hierarchy.isOverview($0.code) || hierarchy.hasSubdivisionPage($0.code) }
    }

    func regionIndexPage(_ language: LanguageCode) throws -> String {
        let route = Route.regionIndex(language)
        let strings = strings(language)
        let listed = indexedRegions
        let rows = listed.map { region in
            let counts = counts(region.code)
            return RegionIndexView.Row(
                name: text(region.name, language), href: route.link(to: .region(language, region.code)),
                code: region.code.rawValue, level: levelName(region.level, language),
                parent: region.parent.map { regionName($0, language) }, indicators: counts.data, met: counts.met,
                withTarget: counts.withTarget)
        }
        let view = RegionIndexView(
            rows: rows, omitsDeeperRegions: listed.count < site.regions.count,
            map: regionCoverageMap(language, on: route, id: "c1"))
        return try renderPage(
            "region-index", language, layout: layout(route, language, title: strings["nav.regions"]), view: view)
    }

    func regionPage(_ region: Region, _ language: LanguageCode) throws -> String {
        let route = Route.region(language, region.code)
        let strings = strings(language)
        let name = text(region.name, language)
        var rows: [RegionPageView.Row] = []
        var missing = 0
        let indicatorLinks = FolderLinks(from: route, toFolderOf: .indicatorIndex(language))
        for indicator in site.indicators {
            let home = latest(indicator, homeRegion)
            guard let latest = latest(indicator, region.code) else {
                missing += 1
                continue
            }
            rows.append(
                RegionPageView.Row(
                    name: text(indicator.name, language), href: indicatorLinks.link(to: .indicator(language, indicator.id)),
                    value: latest.value.map { formatValue($0, unit: indicator.unit, language) },
                    period: latest.period.text, flag: latest.flag?.rawValue,
                    homeValue: home?.value.map { formatValue($0, unit: indicator.unit, language) },
                    homePeriod: home?.period.text, target: targetText(indicator, language),
                    status: statusView(status(indicator, region.code), language)))
        }
        let counts = counts(region.code)
        let view = RegionPageView(
            name: name, nameLang: fallbackLanguage(region.name, language)?.rawValue, code: region.code.rawValue, level: levelName(region.level, language),
            parent: region.parent.map { LinkView(label: regionName($0, language), href: route.link(to: .region(language, $0))) },
            children: site.regions.filter { $0.parent == region.code }.map {
                LinkView(label: text($0.name, language), href: route.link(to: .region(language, $0.code)))
            },
            subdivisions: site.indicators.flatMap { indicator in
                subdivisionLinks(indicator, of: [region.code], language, on: route).map {
                    LinkView(label: text(indicator.name, language), href: $0.href)
                }
            },
            isHome: region.code == homeRegion, homeRegion: regionName(homeRegion, language), rows: rows,
            rowsHTML: rows.reduce(into: HTMLWriter(capacity: rows.count * 400)) {
                $1.write(to: &$0, isHome: region.code == homeRegion, strings: strings)
            }.string,
            summary: statusCounts(site.indicators.filter { latest($0, region.code) != nil }, region: region.code, language),
            met: counts.met, withTarget: counts.withTarget, missing: missing)
        return try renderPage(
            "region", language,
            layout: layout(
                route, language, title: name, titleLanguage: fallbackLanguage(region.name, language),
                breadcrumbs: [(strings["nav.regions"], .regionIndex(language))]),
            view: view)
    }
}
