/// Which direction is progress for an indicator.
public enum Direction: String, Sendable, Hashable {
    case higher
    case lower
}

/// One row of `indicators.csv`, with its optional long texts.
public struct Indicator: Hashable, Sendable {
    public var id: IndicatorID
    public var topic: TopicID
    public var name: Localized
    /// A built-in unit id (`percent`, `per_100k`, …) or one a site adds in `site.yml`.
    public var unit: String
    /// Decimals to show in charts; values in tables are printed as written.
    public var decimals: Int?
    public var better: Direction?
    public var target: Target?
    public var sources: [SourceID]
    /// Dimension values that make the headline series (`sex=both;units=percent`); empty means "the totals".
    public var headline: [String: String]
    /// Set where the indicator has no statistics yet, or none by nature.
    public var reporting: ReportingStatus?
    /// Markdown from `indicators/<id>.<lang>.md`, per language that has one.
    public var longText: [LanguageCode: MarkdownText]
    public var location: SourceLocation

    public init(
        id: IndicatorID, topic: TopicID, name: Localized, unit: String, decimals: Int? = nil,
        better: Direction? = nil, target: Target? = nil, sources: [SourceID] = [], headline: [String: String] = [:],
        reporting: ReportingStatus? = nil, longText: [LanguageCode: MarkdownText] = [:], location: SourceLocation
    ) {
        self.reporting = reporting
        self.id = id
        self.topic = topic
        self.name = name
        self.unit = unit
        self.decimals = decimals
        self.better = better
        self.target = target
        self.sources = sources
        self.headline = headline
        self.longText = longText
        self.location = location
    }
}

/// A Markdown text with the file it came from, so link and chart errors can name the file.
public struct MarkdownText: Hashable, Sendable {
    public var markdown: String
    public var file: String
    /// The line of the file where `markdown` starts (after any front matter).
    public var firstLine: Int
    /// The validated `chart` blocks, in the order they appear (a block's index into this list).
    public var charts: [ChartSpec]
    /// How many paragraphs (`#p1`…) the text has, so links to a passage go to a version that has it.
    public var paragraphCount: Int
    /// The links to site objects, by destination as written, parsed and checked when the text was loaded.
    public var siteLinks: [String: SiteLink]
    /// The claims about data (`claim:` links), in text order, parsed and checked when the text was loaded.
    public var claims: [Claim]

    public init(
        markdown: String, file: String, firstLine: Int = 1, charts: [ChartSpec] = [], paragraphCount: Int = 0,
        siteLinks: [String: SiteLink] = [:], claims: [Claim] = []
    ) {
        self.markdown = markdown
        self.file = file
        self.firstLine = firstLine
        self.charts = charts
        self.paragraphCount = paragraphCount
        self.siteLinks = siteLinks
        self.claims = claims
    }
}
