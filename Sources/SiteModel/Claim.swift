/// A statement in a text about what the data shows, marked by the author so the checks can compare the two:
/// `[持续降低](claim:maternal-mortality-ratio?trend=down&from=2017&to=2020)`.
///
/// Parsed and validated when the content is loaded; pages print the link text (linked to the indicator's chart
/// where the claim asks for it), and `almanac check` warns where the data contradicts it.
public struct Claim: Hashable, Sendable {
    public enum Trend: String, Hashable, Sendable {
        case up
        case down
    }

    /// One thing the claim says; a claim may say several (`trend=down&below=20`), each checked on its own.
    public enum Assertion: Hashable, Sendable {
        /// Every value from `from` to `to` (the whole series where absent) moves in this direction.
        case trend(Trend, from: Period?, to: Period?)
        /// The value of `year` (the latest where absent) is above, or below, the threshold.
        case above(DecimalValue, year: Period?)
        case below(DecimalValue, year: Period?)
        /// The indicator's target is met (`true`) or not met (`false`), as the site states it.
        case target(met: Bool)
    }

    /// The link destination as written, by which pages find the claim again.
    public var destination: String
    /// The link text: what the author claims, in the document's words.
    public var text: String
    public var indicator: IndicatorID
    /// Nil means the site's home region.
    public var region: RegionCode?
    public var assertions: [Assertion]
    /// Rule codes the author has acknowledged for this claim (`acknowledged=claim.contradicted`).
    public var acknowledged: Set<String>
    /// Whether pages link the text to the indicator's chart (`link=chart`); else it is plain text.
    public var linksChart: Bool
    public var location: SourceLocation

    public init(
        destination: String, text: String, indicator: IndicatorID, region: RegionCode? = nil,
        assertions: [Assertion], acknowledged: Set<String> = [], linksChart: Bool = false, location: SourceLocation
    ) {
        self.destination = destination
        self.text = text
        self.indicator = indicator
        self.region = region
        self.assertions = assertions
        self.acknowledged = acknowledged
        self.linksChart = linksChart
        self.location = location
    }
}
