import Foundation
import SiteModel

/// Data files parsed by earlier loads, so that a reload parses again only the files that changed: a preview
/// server reloads after every edit, and at a million observations parsing every data file again takes seconds
/// while the edited file alone takes a few milliseconds.
///
/// A parse is reused only where nothing it read changed: the file's bytes (compared by length and a 64-bit
/// keyed hash, so two different files pass for one with a chance of about 2⁻⁶⁴), the headline's dimensions of its
/// indicator, and what every row is checked against — the site's languages and translation policy, the region
/// codes, the sources and the passages of documents they cite (`DataFileContext`). What the loader checks across
/// files (the headline against the file's dimensions, chart blocks, links) runs again on every load, and the
/// diagnostics a reused parse found are reported again, so a load with the cache gives exactly what one without
/// it gives.
///
/// Each load keeps the parses of the files it read, whether it succeeded or not, and drops the rest.
public final class DataFileCache: @unchecked Sendable {
    private let lock = NSLock()
    private var context: DataFileContext?
    private var parses: [String: DataFileParse] = [:]
    /// The files the last load parsed rather than took from the cache, in file order: for tests.
    private(set) var parsedByLastLoad: [String] = []

    public init() {}

    /// The parses kept for `context`; none when the context changed.
    func parses(for context: DataFileContext) -> [String: DataFileParse] {
        lock.withLock { self.context == context ? parses : [:] }
    }

    /// Keeps `parses`, by path, in place of what was kept before.
    func keep(_ parses: [String: DataFileParse], for context: DataFileContext, parsed: [String]) {
        lock.withLock {
            self.context = context
            self.parses = parses
            parsedByLastLoad = parsed
        }
    }
}

/// What the parse of every data file reads besides the file itself.
struct DataFileContext: Equatable, Sendable {
    var references: DataReferences
    var translationPolicy: TranslationPolicy
}

/// What one file's parse depends on of its own: its bytes and the dimensions its indicator's headline names.
struct DataFileKey: Equatable, Sendable {
    var byteCount: Int
    var hash: Int
    var trackedDimensions: Set<String>

    init(bytes: [UInt8], trackedDimensions: Set<String>) {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        byteCount = bytes.count
        hash = hasher.finalize()
        self.trackedDimensions = trackedDimensions
    }
}

/// One data file read and checked on its own: what it holds and every problem found in it.
struct DataFileParse: Sendable {
    /// Nil where the file could not be read: such a parse is never kept.
    var key: DataFileKey?
    /// Nil where the file could not be read as a data file (not UTF-8, bad CSV, required columns missing).
    var data: IndicatorData?
    /// The file's dimensions and every value of those the headline names, to check the headline against; nil
    /// where no row was read.
    var dimensions: (names: [String], values: [String: Set<String>])?
    var diagnostics: [Diagnostic]
    var translationGaps: [TranslationGap]
}
