import SiteModel

/// Choices made when building rather than in the content.
public struct BuildSettings: Sendable {
    /// Overrides `base_url` of `site.yml` (for absolute URLs in the sitemap, feeds and canonical links); checked
    /// by `WebAddress` as `site.yml`'s is, since it reaches the same links.
    public var baseURL: WebAddress?

    /// Indicators the indicator index lists row by row before it lists topics with a page each
    /// (`PageLimits.indicatorsPerIndex`); lower in tests, to see the topic pages of a small fixture.
    public var indicatorsPerIndex: Int

    public init(baseURL: WebAddress? = nil, indicatorsPerIndex: Int? = nil) {
        self.baseURL = baseURL
        self.indicatorsPerIndex = indicatorsPerIndex ?? PageLimits.indicatorsPerIndex
    }
}
