import SiteModel

/// Choices made when building rather than in the content.
public struct BuildSettings: Sendable {
    /// Overrides `base_url` of `site.yml` (for absolute URLs in the sitemap, feeds and canonical links); checked
    /// by `WebAddress` as `site.yml`'s is, since it reaches the same links.
    public var baseURL: WebAddress?

    public init(baseURL: WebAddress? = nil) {
        self.baseURL = baseURL
    }
}
