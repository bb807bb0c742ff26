import Plotting
import SiteModel

/// What every language shares: the validated site, the theme and the build settings, with the lookups made once
/// per build (headline index, region hierarchy, cited documents). A language's pages read it through their
/// `LanguageContext`; the chart figures and downloads are still its extensions and take a language.
public struct SiteContext: Sendable {
    public let site: Site
    public let theme: Theme
    /// `base_url`, from the build settings or `site.yml`, ending in `/`; nil when neither sets it.
    public let baseURL: String?
    let headlines: HeadlineIndex
    /// The documents each indicator's rows cite as their source, found once per build.
    let citedDocuments: [IndicatorID: Set<DocumentSlug>]
    /// Which page shows which regions (`RegionHierarchy`).
    let hierarchy: RegionHierarchy
    /// `BuildSettings.indicatorsPerIndex`.
    let indicatorsPerIndex: Int
    /// `BuildSettings.regionsInAToZ`.
    let regionsInAToZ: Int
    /// Each language's tile names wrapped for tile maps, kept across the maps of every indicator and period: one
    /// per language, so no cached text is shared between languages (`tileLabels(_:)`).
    private let tileLabelCaches: [LanguageCode: TileLabelCache]

    /// - Parameter previous: the context of an earlier build of the same site, whose per-indicator lookups are
    ///   kept where the indicator's data did not change (a rebuild after an edit of one data file).
    public init(site: Site, theme: Theme, settings: BuildSettings = BuildSettings(), reusing previous: SiteContext? = nil) {
        self.site = site
        self.theme = theme
        self.baseURL = (settings.baseURL ?? site.settings.baseURL)?.asBase.text
        self.indicatorsPerIndex = settings.indicatorsPerIndex
        self.regionsInAToZ = settings.regionsInAToZ
        self.headlines = HeadlineIndex(site: site, reusing: previous?.headlines)
        self.tileLabelCaches = Dictionary(
            site.settings.languages.map { ($0, TileLabelCache()) }, uniquingKeysWith: { first, _ in first })
        self.hierarchy = RegionHierarchy(
            regions: site.regions, home: site.settings.homeRegion, comparators: site.settings.comparators)
        let sourcesKept = previous.map { $0.site.sources == site.sources } ?? false
        // Each data file's on its own, on every core: this runs before any page renders.
        self.citedDocuments = Dictionary(
            uniqueKeysWithValues: inParallel(Array(site.data)) { id, data in
                if sourcesKept, let previous, previous.site.data[id] == data, let kept = previous.citedDocuments[id] {
                    return (id, kept)
                }
                return (id, Self.documentsCited(by: data, in: site))
            })
    }

    /// The documents `data`'s rows cite as their source, read from the rows' details (where the source is) without
    /// building each row.
    private static func documentsCited(by data: IndicatorData, in site: Site) -> Set<DocumentSlug> {
        let rows = data.observations
        var cited: Set<DocumentSlug> = []
        for position in rows.indices {
            if let source = rows.details(at: position)?.source, let document = site.sourceIndex[source.source]?.document {
                cited.insert(document)
            }
        }
        return cited
    }

    /// Periods of any headline row of the indicator, oldest first.
    func headlinePeriods(_ indicator: Indicator) -> [Period] {
        headlines.periods(of: indicator.id)
    }

    /// Indicators whose figures a document states (rows citing it as their source), in file order.
    func indicatorsCiting(_ document: DocumentSlug) -> [Indicator] {
        site.indicators.filter { citedDocuments[$0.id]?.contains(document) ?? false }
    }

    /// The tile names' wrapping kept for `language`'s maps.
    func tileLabels(_ language: LanguageCode) -> TileLabelCache? { tileLabelCaches[language] }

    public var languages: [LanguageCode] { site.settings.languages }
    public var defaultLanguage: LanguageCode { site.settings.defaultLanguage }

    public func strings(_ language: LanguageCode) -> UIStrings { theme.strings(for: language) }

    /// A localized text, falling back to the other site languages in order (only optional texts can be empty).
    public func text(_ localized: Localized, _ language: LanguageCode) -> String {
        localized.text(in: language, fallbacks: languages)
    }

    public func absoluteURL(_ route: Route) -> String? {
        baseURL.map { $0 + route.path }
    }

    /// The link from `route` to `target`: relative, so the site can move — except on 404 pages, which a host
    /// serves at any missing address, so they link absolutely where the base URL is known.
    public func link(from route: Route, to target: Route, fragment: String? = nil) -> String {
        switch route {
        case .notFound, .rootNotFound:
            if let absolute = absoluteURL(target) { return absolute + (fragment.map { "#\($0)" } ?? "") }
        default:
            break
        }
        return route.link(to: target, fragment: fragment)
    }

    // MARK: Regions

    public func regionName(_ code: RegionCode, _ language: LanguageCode) -> String {
        site.regionIndex[code].map { text($0.name, language) } ?? code.rawValue
    }

    public func regionShortName(_ code: RegionCode, _ language: LanguageCode) -> String {
        site.regionIndex[code]?.shortName(in: language, fallbacks: languages) ?? code.rawValue
    }

    public var homeRegion: RegionCode { site.settings.homeRegion }

    /// Home region first, then comparators: the regions every chart draws for context.
    public var featuredRegions: [RegionCode] { [homeRegion] + site.settings.comparators.filter { $0 != homeRegion } }

    // MARK: Indicators

    public func headline(_ indicator: Indicator, _ region: RegionCode) -> [Observation] {
        headlines.series(of: indicator.id, for: region)
    }

    /// The headline observations of every region, in file order.
    public func headline(_ indicator: Indicator) -> [Observation] {
        headlines.observations(of: indicator.id)
    }

    public func latest(_ indicator: Indicator, _ region: RegionCode) -> Observation? {
        headlines.latest(of: indicator.id, for: region)
    }

    public func status(_ indicator: Indicator, _ region: RegionCode) -> TargetStatus {
        indicator.status(of: headline(indicator, region))
    }

    /// Regions with headline data for an indicator, in the order of `regions.csv`.
    public func regionsWithData(_ indicator: Indicator) -> [RegionCode] {
        headlines.regionsWithValue(of: indicator.id)
    }

    /// Grey context lines a time-series chart draws beside the home region and comparators, at most.
    /// Beyond a dozen, lines become a tangle that hides the home region; the table below the chart has them all.
    public static let maximumContextLines = 12

    /// Overview regions with data other than the featured ones, the home region's own subdivisions first, then
    /// the rest in file order: the context of an indicator's chart.
    func contextRegions(_ indicator: Indicator) -> [RegionCode] {
        let featured = featuredRegions  // built once, not once a region
        let others = regionsWithData(indicator).filter { !featured.contains($0) && hierarchy.isOverview($0) }
        let children = others.filter { site.regionIndex[$0]?.parent == homeRegion }
        return children + others.filter { site.regionIndex[$0]?.parent != homeRegion }
    }
}
