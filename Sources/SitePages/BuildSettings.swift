/// Choices made when building rather than in the content.
public struct BuildSettings: Sendable {
    /// Overrides `base_url` of `site.yml` (for absolute URLs in the sitemap, feeds and canonical links).
    public var baseURL: String?

    public init(baseURL: String? = nil) {
        self.baseURL = baseURL
    }
}
