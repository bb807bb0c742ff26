/// Where in the content a problem was found: a path as the user gave it, and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `content/data/x.csv:12:3`, the form editors and IDEs jump to.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}

/// Most severe first. `info` is a warning the publisher acknowledged on the row (docs/check-output.md): still
/// printed, so the explanation stays visible, but never a reason to fail `--strict`.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning
    case info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// One problem in the content, printed as `file:line:column: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// The stable id of the rule that found the problem (`value.exceeds-bound`): machine output and
    /// acknowledgements name rules by it, so it never changes once published (docs/check-output.md).
    public var code: String
    /// What to do about it, where the message alone does not say.
    public var hint: String?
    /// The publisher's own note on the row the problem is about, shown beside it so a reader sees the
    /// explanation already published.
    public var note: String?

    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation, code: String? = nil,
        hint: String? = nil, note: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.code = code ?? Self.genericCode(severity)
        self.hint = hint
        self.note = note
    }

    public static func error(_ message: String, at location: SourceLocation, code: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, code: code)
    }

    public static func warning(_ message: String, at location: SourceLocation, code: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, code: code)
    }

    /// The code of a diagnostic no specific rule names: `content.error`, `content.warning`, `content.info`.
    public static func genericCode(_ severity: Severity) -> String { "content.\(severity.rawValue)" }

    /// Control characters are escaped here, the one place every message passes on its way to the terminal.
    public var description: String {
        "\(location.description.escapingInvisibleCharacters): \(severity.rawValue): \(message.escapingInvisibleCharacters)"
    }
}

/// Every problem found in one pass over the content; thrown when any of them is an error.
public struct ContentProblems: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var infos: [Diagnostic] { diagnostics.filter { $0.severity == .info } }

    /// Every diagnostic, capped as `Diagnostic.printedLines` caps them; `diagnostics` keeps them all.
    public var description: String { Diagnostic.printedLines(diagnostics).joined(separator: "\n") }
}
