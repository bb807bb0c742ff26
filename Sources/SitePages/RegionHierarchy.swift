import SiteModel

/// Which page shows which regions, so that every page stays readable however many regions a site has.
///
/// A statistics office publishes a country's figures the way its regions nest: the national page shows the
/// country and its provinces, each province's page its prefectures, and so on down. A page listing all 3,000
/// counties of a country helps no reader and weighs megabytes. So:
/// - an indicator's page and its comparison pages show the *overview* regions: the home region, its
///   comparators, the home region's direct subdivisions, and any region without a parent (so nothing is lost on
///   a site whose regions do not nest);
/// - every other region is shown on its parent's *subdivision page* of the indicator, which lists the parent
///   and all its direct subdivisions. A parent has such a page where one of its subdivisions is not an overview
///   region; whether it does depends on `regions.csv` alone, so adding a value never adds or removes a page.
///
/// On the Gansu example (the province, China as comparator, 14 prefectures) every region is an overview region,
/// and the pages are what they were before this structure existed.
struct RegionHierarchy: Sendable {
    /// Each region's direct subdivisions, in the order of `regions.csv`.
    let children: [RegionCode: [RegionCode]]
    /// The regions of an indicator's own page and of its comparisons, in the order of `regions.csv`.
    let overview: [RegionCode]
    private let overviewSet: Set<RegionCode>
    /// Regions that have a subdivision page (per indicator with data), in the order of `regions.csv`.
    let subdivided: [RegionCode]
    private let subdividedSet: Set<RegionCode>
    private let parents: [RegionCode: RegionCode]

    init(regions: [Region], home: RegionCode, comparators: [RegionCode]) {
        let known = Set(regions.map(\.code))
        var children: [RegionCode: [RegionCode]] = [:]
        var parents: [RegionCode: RegionCode] = [:]
        for region in regions {
            guard let parent = region.parent, known.contains(parent) else { continue }
            children[parent, default: []].append(region.code)
            parents[region.code] = parent
        }
        let featured = Set([home] + comparators)
        let overview = regions.map(\.code).filter { code in
            featured.contains(code) || parents[code] == nil || parents[code] == home
        }
        let overviewSet = Set(overview)
        self.children = children
        self.parents = parents
        self.overview = overview
        self.overviewSet = overviewSet
        self.subdivided = regions.map(\.code).filter { code in
            code != home && (children[code] ?? []).contains { !overviewSet.contains($0) }
        }
        self.subdividedSet = Set(subdivided)
    }

    func isOverview(_ code: RegionCode) -> Bool { overviewSet.contains(code) }

    func hasSubdivisionPage(_ code: RegionCode) -> Bool { subdividedSet.contains(code) }

    /// The regions above `code` that have a subdivision page, outermost first: the trail a subdivision page's
    /// breadcrumbs follow back to the indicator's page. A cycle cannot occur: the loader refuses one.
    func subdividedAncestors(of code: RegionCode) -> [RegionCode] {
        var trail: [RegionCode] = []
        var next = parents[code]
        while let parent = next, trail.count < parents.count {
            if hasSubdivisionPage(parent) { trail.append(parent) }
            next = parents[parent]
        }
        return trail.reversed()
    }
}
