import SiteModel

/// A content folder that loaded without errors: the validated site and whatever warnings were found.
public struct LoadedContent: Sendable {
    public var site: Site
    /// Sorted by file, line and column.
    public var warnings: [Diagnostic]

    public init(site: Site, warnings: [Diagnostic]) {
        self.site = site
        self.warnings = warnings
    }
}
