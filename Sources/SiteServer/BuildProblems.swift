import SiteBuilder
import SiteModel
import SitePages

/// Why the served site is not up to date with its content, as the overlay shows it: each problem with its place
/// (`file:line:column`) where it has one, errors first.
public struct BuildProblems: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var location: String?
        public var severity: Severity
        public var message: String
    }

    public var headline: String
    public var advice: String
    public var entries: [Entry]
    /// Problems left out of `entries` so the overlay stays readable; the terminal prints them all.
    public var hiddenCount: Int

    /// At most this many problems are listed on the page.
    static let shownLimit = 200

    public init(_ failure: BuildFailure) {
        var entries: [Entry]
        switch failure {
        case .content(let problems):
            entries = (problems.errors + problems.warnings).map {
                Entry(location: $0.location.description, severity: $0.severity, message: $0.message)
            }
        case .theme(let problems):
            entries = problems.problems.map {
                Entry(location: SourceLocation(file: $0.file, line: $0.line, column: $0.column).description,
                      severity: .error, message: $0.message)
            }
            entries += problems.warnings.map {
                Entry(location: $0.location.description, severity: $0.severity, message: $0.message)
            }
        case .render(let path, let message):
            entries = [Entry(location: path, severity: .error, message: "cannot render: \(message)")]
        case .option, .output:
            entries = [Entry(location: nil, severity: .error, message: failure.description)]
        }
        let errors = failure.errorCount
        headline = "The site could not be rebuilt while \(failure.stage): \(errors) error\(errors == 1 ? "" : "s")"
        advice = "Fix the files below and save: the page reloads by itself. Until then it shows the last site built."
        hiddenCount = max(0, entries.count - Self.shownLimit)
        self.entries = Array(entries.prefix(Self.shownLimit))
    }
}
