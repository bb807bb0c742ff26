import Foundation
import SiteModel

/// The state of one load: the folder being read, every file read so far and every problem found.
///
/// Checks never stop at the first problem; each one adds a diagnostic and goes on, so an editor gets the whole
/// list in one run.
struct LoadState: Sendable {
    let directory: URL
    let displayPath: String
    /// Nothing is read through a symbolic link that leads outside the content folder.
    private let contained: ContainedPath
    private(set) var diagnostics: [Diagnostic] = []
    /// The languages of site.yml once it is read; they tell which CSV columns hold prose (`name_en`).
    var siteLanguages: [LanguageCode] = []
    /// `translations:` of site.yml once it is read (see `missingTranslation`).
    var translationPolicy: TranslationPolicy = .fallback
    /// Texts shown in the default language because their own is missing, in the order found.
    var translationGaps: [TranslationGap] = []
    private(set) var inputFiles: Set<String> = []

    init(directory: URL, displayPath: String) {
        self.directory = directory
        self.displayPath = displayPath
        contained = ContainedPath(root: directory.path)
    }

    /// A state for reading one file apart from the others (on another thread): the same folder and settings,
    /// nothing found yet. `absorb` takes back what it found.
    func separate() -> LoadState {
        var state = LoadState(directory: directory, displayPath: displayPath)
        state.siteLanguages = siteLanguages
        state.translationPolicy = translationPolicy
        return state
    }

    /// Adds what a separate state found (`separate`) after what this one found so far, and the files it read.
    mutating func absorb(
        diagnostics: [Diagnostic], translationGaps gaps: [TranslationGap], inputFiles read: Set<String> = []
    ) {
        self.diagnostics += diagnostics
        translationGaps += gaps
        inputFiles.formUnion(read)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The number of errors so far, to tell whether a step reported anything.
    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// `path` (relative to the content folder) as messages print it, e.g. `content/data/x.csv`.
    func location(_ path: String, line: Int? = nil, column: Int? = nil) -> SourceLocation {
        let file: String
        if path.isEmpty {
            file = displayPath
        } else if displayPath.isEmpty || displayPath == "." {
            file = path
        } else {
            file = displayPath.hasSuffix("/") ? displayPath + path : displayPath + "/" + path
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// `code` names the rule where it has a stable id of its own; else the diagnostic is `content.error`.
    mutating func error(_ message: String, _ path: String, line: Int? = nil, column: Int? = nil, code: String? = nil) {
        report(.error(message, at: location(path, line: line, column: column), code: code))
    }

    mutating func warning(_ message: String, _ path: String, line: Int? = nil, column: Int? = nil, code: String? = nil) {
        report(.warning(message, at: location(path, line: line, column: column), code: code))
    }

    mutating func error(_ message: String, at cell: CSVCell, in path: String, code: String? = nil) {
        error(message, path, line: cell.line, column: cell.column, code: code)
    }

    mutating func warning(_ message: String, at cell: CSVCell, in path: String, code: String? = nil) {
        warning(message, path, line: cell.line, column: cell.column, code: code)
    }

    // MARK: Files

    func url(_ path: String) -> URL { directory.appendingPathComponent(path) }

    func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The names of the visible regular files in `folder`, sorted so every run reads them in the same order; none
    /// (with an error) when the folder is a link to a place outside the content folder.
    mutating func fileNames(in folder: String) -> [String] {
        guard !refusesLinkOutside(folder) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && fileExists(folder + "/" + $0) }.sorted()
    }

    /// The text of a content file, or nil (with an error) when it is missing, unreadable or not UTF-8.
    /// A missing optional file is nil without a diagnostic.
    mutating func readText(_ path: String, required: Bool = true) -> String? {
        readBytes(path, required: required).flatMap { decodeText($0, path) }
    }

    /// The bytes of a content file, or nil (with an error) when it is missing or unreadable; a missing optional
    /// file is nil without a diagnostic.
    mutating func readBytes(_ path: String, required: Bool = true) -> [UInt8]? {
        guard fileExists(path) else {
            if required { error("missing required file", path) }
            return nil
        }
        guard !refusesLinkOutside(path) else { return nil }
        inputFiles.insert(path)
        guard let data = FileManager.default.contents(atPath: url(path).path) else {
            error("cannot read the file", path)
            return nil
        }
        return [UInt8](data)
    }

    /// The text of the bytes of `path`, or nil (with an error) when they are not UTF-8.
    mutating func decodeText(_ bytes: [UInt8], _ path: String) -> String? {
        switch TextDecoding.decode(bytes) {
        case .success(let text):
            return text
        case .failure(let invalid):
            error("the file is not valid UTF-8 (save it as UTF-8)", path, line: invalid.line, column: invalid.column)
            return nil
        }
    }

    /// Whether `path` leads outside the content folder through a symbolic link, reported as an error if so.
    private mutating func refusesLinkOutside(_ path: String) -> Bool {
        guard let target = contained.outsideTarget(of: url(path).path) else { return false }
        error("symbolic link points outside the content folder: \(target)", path)
        return true
    }
}
