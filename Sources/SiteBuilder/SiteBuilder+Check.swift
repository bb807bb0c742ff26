import ContentLoading
import SiteModel
import SitePages

/// What `almanac check` found: every diagnostic of loading the content, of its data-quality checks and of
/// loading the theme, in that order.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: Int { diagnostics.count { $0.severity == .error } }
    public var warnings: Int { diagnostics.count { $0.severity == .warning } }
    public var infos: Int { diagnostics.count { $0.severity == .info } }

    /// `3 warnings, 1 acknowledged (info), 0 errors`.
    public var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "\(count(errors, "error")), \(count(warnings, "warning")), \(infos) acknowledged"
    }
}

extension SiteBuilder {
    /// Loads and checks the content and the theme as a build does, and writes nothing.
    ///
    /// Content that does not load leaves nothing to run the data checks or the theme (whose languages come
    /// from `site.yml`) on; its errors are the report then.
    public func check() -> CheckReport {
        let loaded: LoadedContent
        do {
            loaded = try loadContent()
        } catch {
            if case .content(let problems) = error { return CheckReport(diagnostics: problems.diagnostics) }
            return CheckReport(diagnostics: [.error(error.description, at: SourceLocation(file: options.contentDirectory))])
        }
        var diagnostics = loaded.warnings
        do {
            let theme = try Theme.load(
                assets: options.assetsDirectory, overrides: options.contentDirectory,
                languages: loaded.site.settings.languages)
            diagnostics += theme.warnings
        } catch {
            diagnostics += error.problems.map { problem in
                Diagnostic(
                    .error, problem.message, at: SourceLocation(file: problem.file, line: problem.line, column: problem.column),
                    code: "theme.error")
            }
            diagnostics += error.warnings
        }
        return CheckReport(diagnostics: diagnostics)
    }
}
