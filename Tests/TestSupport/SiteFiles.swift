import Foundation

/// A built site held in memory: every file by its `/`-separated path from the site root, with its bytes.
///
/// Tests of the page stage fill it from the rendered plan and tests of the builder from the folder on disk,
/// so both check the same thing with the same helpers.
public struct SiteFiles: Sendable {
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    /// Every regular file under `folder`, hidden ones included.
    public init(readingFolder folder: URL) throws {
        let manager = FileManager.default
        let root = folder.resolvingSymlinksInPath().path
        var files: [String: [UInt8]] = [:]
        guard let enumerator = manager.enumerator(atPath: root) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root])
        }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        self.files = files
    }

    public var paths: [String] { files.keys.sorted() }

    /// The HTML pages, sorted.
    public var htmlPaths: [String] { paths.filter { $0.hasSuffix(".html") } }

    /// The pages of one language folder (`zh/…`), sorted.
    public func htmlPaths(language: String) -> [String] { htmlPaths.filter { $0.hasPrefix(language + "/") } }

    /// The file as UTF-8 text, or nil where it is missing or not UTF-8.
    public func text(_ path: String) -> String? {
        files[path].flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// The file as UTF-8 text; an empty string where it is missing, so a test's expectations fail rather than crash.
    public subscript(_ path: String) -> String { text(path) ?? "" }
}
