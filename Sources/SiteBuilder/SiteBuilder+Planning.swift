import ContentLoading
import Foundation
import SiteModel
import SitePages
import ContentChecks

/// What a build is made from and what it makes: the loaded content, the theme and the plan of every file.
struct PlannedSite: Sendable {
    var loaded: LoadedContent
    var theme: Theme
    var plan: SitePlan
}

extension SiteBuilder {
    /// Loads the content and the theme (each only where `reusing` does not already hold it) and plans every file.
    ///
    /// - Parameters:
    ///   - reusing: the content and theme of a previous build, kept where no input of theirs changed.
    ///   - cache: what earlier loads and plans found, reused where its inputs did not change.
    func plan(
        baseURL: WebAddress?, reusing: (content: LoadedContent?, theme: Theme?) = (nil, nil), cache: RebuildCache? = nil
    ) throws(BuildFailure) -> PlannedSite {
        let loaded: LoadedContent
        if let content = reusing.content {
            loaded = content
        } else {
            loaded = try loadContent(cache: cache)
        }

        if options.strict, loaded.warnings.contains(where: { $0.severity == .warning }) {
            throw .content(ContentProblems(Self.failingWarnings(loaded.warnings)))
        }

        let theme: Theme
        if let reused = reusing.theme {
            theme = reused
        } else {
            do {
                theme = try Theme.load(
                    assets: options.assetsDirectory, overrides: options.contentDirectory,
                    languages: loaded.site.settings.languages, translations: loaded.site.settings.translations)
            } catch {
                throw .theme(error)
            }
        }

        let context = SiteContext(
            site: loaded.site, theme: theme, settings: BuildSettings(baseURL: baseURL), reusing: cache?.context)
        cache?.context = context
        return PlannedSite(loaded: loaded, theme: theme, plan: SitePlan(context: context))
    }
}

extension SiteBuilder {
    /// Loads the content and runs the data-quality checks on it (`ContentChecks`), their findings merged into
    /// the warnings in file order, so a build prints what `almanac check` prints.
    func loadContent(cache: RebuildCache? = nil) throws(BuildFailure) -> LoadedContent {
        var loaded: LoadedContent
        do {
            loaded = try ContentLoader(
                contentDirectory: URL(fileURLWithPath: options.contentDirectory), displayPath: options.contentDirectory
            ).load(cache: cache?.dataFiles)
        } catch {
            throw .content(error)
        }
        loaded.warnings = Self.merged(loaded.warnings, ContentChecks.run(loaded.site, cache: cache?.checks), first: options.siteFile)
        return loaded
    }

    /// Both lists (each in file order) in one, by file, line and column; the loader's first where they tie, and
    /// `first` (site.yml, whose problems cause others) before every other file, as the loader orders them.
    static func merged(_ loader: [Diagnostic], _ checks: [Diagnostic], first: String) -> [Diagnostic] {
        let all = loader.enumerated().map { (0, $0.offset, $0.element) } + checks.enumerated().map { (1, $0.offset, $0.element) }
        return all.sorted { lhs, rhs in
            let (left, right) = (lhs.2.location, rhs.2.location)
            if (left.file == first) != (right.file == first) { return left.file == first }
            if left != right { return left < right }
            return (lhs.0, lhs.1) < (rhs.0, rhs.1)
        }.map(\.2)
    }

    /// `--strict`: the warnings as the errors they then are; acknowledged findings (`info`) stay as they are.
    static func failingWarnings(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var failing = diagnostic
            if failing.severity == .warning { failing.severity = .error }
            return failing
        }
    }
}
