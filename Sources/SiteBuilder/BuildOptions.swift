import Foundation

/// What to build from where: folders as the user named them, so messages can repeat them.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var outputDirectory: String
    /// The theme: `templates/`, `i18n/`, `static/`.
    public var assetsDirectory: String
    /// Overrides `base_url` from `site.yml`.
    public var baseURL: String?
    /// At most this many files are rendered at once; defaults to the number of cores.
    public var parallelism: Int
    /// Warnings fail the build as errors do (`--strict`), before anything is written.
    public var strict: Bool

    public init(
        contentDirectory: String = "content", outputDirectory: String = "site", assetsDirectory: String = "assets",
        baseURL: String? = nil, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount, strict: Bool = false
    ) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.assetsDirectory = assetsDirectory
        self.baseURL = baseURL
        self.parallelism = max(1, parallelism)
        self.strict = strict
    }

    /// `site.yml` as messages name it, whose problems are printed first.
    var siteFile: String {
        contentDirectory.isEmpty || contentDirectory == "." ? "site.yml"
            : (contentDirectory.hasSuffix("/") ? contentDirectory : contentDirectory + "/") + "site.yml"
    }
}
