import SiteModel
import SitePages

/// What a build made, for the one-line summary and for tests.
public struct BuildReport: Sendable {
    public var files: Int
    public var bytes: Int
    /// Files per kind (`page`, `download`, …).
    public var filesByKind: [PlannedFile.Kind: Int]
    public var warnings: [Diagnostic]
    public var seconds: Double
    /// Texts shown in the default language because their own is missing, per language (see `TranslationGap`).
    public var fallbacks: [LanguageCode: Int] = [:]

    public var pages: Int { filesByKind[.page] ?? 0 }

    /// `Built 498 pages, 902 files (9.7 MB) in 0.62 s → site/`
    public func summary(output: String) -> String {
        let megabytes = Double(bytes) / 1_048_576
        let size = megabytes >= 1 ? "\(Self.oneDecimal(megabytes)) MB" : "\(bytes / 1024) KB"
        var line = "Built \(pages) pages, \(files) files (\(size)) in \(Self.twoDecimals(seconds)) s → \(output)"
        // Acknowledged findings (`info`) are printed but not counted: the publisher has explained them.
        let count = warnings.count { $0.severity == .warning }
        if count > 0 { line += " with \(count) warning\(count == 1 ? "" : "s")" }
        if !fallbacks.isEmpty {
            let counts = fallbacks.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            line += "; texts shown in the default language: \(counts) (see translation-status.html)"
        }
        return line
    }

    /// Counts `gaps` per language.
    static func fallbacks(_ gaps: [TranslationGap]) -> [LanguageCode: Int] {
        gaps.reduce(into: [:]) { counts, gap in counts[gap.language, default: 0] += 1 }
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
