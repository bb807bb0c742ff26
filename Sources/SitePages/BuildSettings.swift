import SiteModel

/// Choices made when building rather than in the content.
public struct BuildSettings: Sendable {
    /// Overrides `base_url` of `site.yml` (for absolute URLs in the sitemap, feeds and canonical links); checked
    /// by `WebAddress` as `site.yml`'s is, since it reaches the same links.
    public var baseURL: WebAddress?

    /// Indicators the indicator index lists row by row before it lists topics with a page each
    /// (`PageLimits.indicatorsPerIndex`); lower in tests, to see the topic pages of a small fixture.
    public var indicatorsPerIndex: Int

    /// Regions the search page's A–Z lists every one of (`PageLimits.regionsInAToZ`); lower in tests.
    public var regionsInAToZ: Int

    public init(baseURL: WebAddress? = nil, indicatorsPerIndex: Int? = nil, regionsInAToZ: Int? = nil) {
        self.baseURL = baseURL
        self.indicatorsPerIndex = indicatorsPerIndex ?? PageLimits.indicatorsPerIndex
        self.regionsInAToZ = regionsInAToZ ?? PageLimits.regionsInAToZ
    }
}
