/// The validated content of a site: everything the page stage needs, with every reference checked.
///
/// Collections keep the order of their files (the order editors chose); lookups go through the indexes.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var regions: [Region]
    public var topics: [Topic]
    public var indicators: [Indicator]
    /// Data per indicator; an indicator without a data file has no entry.
    public var data: [IndicatorID: IndicatorData]
    public var sources: [Source]
    public var labels: Labels
    /// Sorted by date, newest first, then slug.
    public var documents: [Document]
    public var pages: [Page]
    /// Every content file that was read, relative to the content folder, for dependency tracking.
    public var inputFiles: [String]
    /// Texts missing in a language other than the default, shown in the default language (in file order).
    public var translationGaps: [TranslationGap] = []

    public let regionIndex: [RegionCode: Region]
    public let indicatorIndex: [IndicatorID: Indicator]
    public let topicIndex: [TopicID: Topic]
    public let sourceIndex: [SourceID: Source]
    public let documentIndex: [DocumentSlug: Document]
    public let pageIndex: [PageSlug: Page]

    public init(
        settings: SiteSettings, regions: [Region], topics: [Topic], indicators: [Indicator],
        data: [IndicatorID: IndicatorData], sources: [Source], labels: Labels = Labels(), documents: [Document],
        pages: [Page], inputFiles: [String] = []
    ) {
        self.settings = settings
        self.regions = regions
        self.topics = topics
        self.indicators = indicators
        self.data = data
        self.sources = sources
        self.labels = labels
        self.documents = documents
        self.pages = pages
        self.inputFiles = inputFiles
        regionIndex = Dictionary(regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        indicatorIndex = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        topicIndex = Dictionary(topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourceIndex = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        documentIndex = Dictionary(documents.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        pageIndex = Dictionary(pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The home region's headline series of an indicator, sorted by period.
    public func headlineSeries(of indicator: Indicator, for region: RegionCode) -> [Observation] {
        data[indicator.id]?.headlineSeries(for: region, indicator.headline) ?? []
    }
}
