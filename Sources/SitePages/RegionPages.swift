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
    func counts(_ code: RegionCode) -> (data: Int, met: Int, withTarget: Int) {
        Self.counts(site.indicators.map { (latest($0, code) != nil, status($0, code)) })
    }

    /// The counts of indicators each with whether it has data and its status: what `counts(_:)` counts.
    static func counts(_ indicators: [(hasData: Bool, status: TargetStatus)]) -> (data: Int, met: Int, withTarget: Int) {
        var data = 0
        var met = 0
        var withTarget = 0
        for (hasData, status) in indicators {
            if hasData { data += 1 }
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
}

extension LanguageContext {
    func regionIndexPage() throws -> String {
        let route = Route.regionIndex(language)
        let listed = context.indexedRegions
        let rows = listed.map { region in
            let counts = context.counts(region.code)
            return RegionIndexView.Row(
                name: text(region.name), href: route.link(to: .region(language, region.code)),
                code: region.code.rawValue, level: format.levelName(region.level),
                parent: region.parent.map { regionName($0) }, indicators: counts.data, met: counts.met,
                withTarget: counts.withTarget)
        }
        let view = RegionIndexView(
            rows: rows, omitsDeeperRegions: listed.count < site.regions.count,
            map: context.regionCoverageMap(language, on: route, id: "c1"))
        return try renderPage(
            "region-index", layout: layout(route, title: strings["nav.regions"]), view: view)
    }

    func regionPage(_ region: Region) throws -> String {
        let route = Route.region(language, region.code)
        let name = text(region.name)
        var rows: [RegionPageView.Row] = []
        var missing = 0
        let indicatorLinks = FolderLinks(from: route, toFolderOf: .indicatorIndex(language))
        // Each indicator's latest value and status here, found once for the rows, the counts and the summary.
        let facts = site.indicators.map { indicator in
            (indicator: indicator, latest: context.latest(indicator, region.code),
             status: context.status(indicator, region.code))
        }
        for (indicator, latest, status) in facts {
            let home = context.latest(indicator, homeRegion)
            guard let latest else {
                missing += 1
                continue
            }
            rows.append(
                RegionPageView.Row(
                    name: text(indicator.name), href: indicatorLinks.link(to: .indicator(language, indicator.id)),
                    value: latest.value.map { format.formatValue($0, unit: indicator.unit) },
                    period: latest.period.text, flag: latest.flag?.rawValue,
                    homeValue: home?.value.map { format.formatValue($0, unit: indicator.unit) },
                    homePeriod: home?.period.text, target: format.targetText(indicator),
                    status: format.statusView(status)))
        }
        let counts = SiteContext.counts(facts.map { ($0.latest != nil, $0.status) })
        let view = RegionPageView(
            name: name, nameLang: fallbackLanguage(region.name)?.rawValue, code: region.code.rawValue, level: format.levelName(region.level),
            parent: region.parent.map { LinkView(label: regionName($0), href: route.link(to: .region(language, $0))) },
            children: site.regions.filter { $0.parent == region.code }.map {
                LinkView(label: text($0.name), href: route.link(to: .region(language, $0.code)))
            },
            subdivisions: site.indicators.flatMap { indicator in
                subdivisionLinks(indicator, of: [region.code], on: route).map {
                    LinkView(label: text(indicator.name), href: $0.href)
                }
            },
            isHome: region.code == homeRegion, homeRegion: regionName(homeRegion), rows: rows,
            rowsHTML: rows.reduce(into: HTMLWriter(capacity: rows.count * 400)) {
                $1.write(to: &$0, isHome: region.code == homeRegion, strings: strings)
            }.string,
            summary: statusCounts(facts.filter { $0.latest != nil }.map(\.status)),
            met: counts.met, withTarget: counts.withTarget, missing: missing)
        return try renderPage(
            "region",
            layout: layout(
                route, title: name, titleLanguage: fallbackLanguage(region.name),
                breadcrumbs: [(strings["nav.regions"], .regionIndex(language))]),
            view: view)
    }
}
