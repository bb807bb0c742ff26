import SiteModel
import SiteOutput
import SitePages

/// Why a build stopped, by stage, with every problem that stage found.
public enum BuildFailure: Error, Sendable, CustomStringConvertible {
    /// A command-line option is unusable (`--base-url javascript:…`); nothing was read or written.
    case option(name: String, message: String)
    /// The content has errors; `diagnostics` holds the warnings too, in file order.
    case content(ContentProblems)
    case theme(ThemeProblems)
    /// A page could not be rendered (a template bug, not a content mistake).
    case render(path: String, message: String)
    case output(OutputError)

    public var description: String {
        switch self {
        case .option(let name, let message): "error: \(name): \(message)"
        case .content(let problems): problems.description
        case .theme(let problems): problems.description
        case .render(let path, let message): "\(path): error: cannot render: \(message)"
        case .output(let error): "error: \(error)"
        }
    }

    /// The named stage that failed, for the closing line (`build failed while loading content`).
    public var stage: String {
        switch self {
        case .option: "reading the options"
        case .content: "loading content"
        case .theme: "loading the theme"
        case .render: "rendering pages"
        case .output: "writing the site"
        }
    }

    /// How many errors the failure holds.
    public var errorCount: Int {
        switch self {
        case .content(let problems): problems.errors.count
        case .theme(let problems): problems.problems.count
        case .option, .render, .output: 1
        }
    }
}
