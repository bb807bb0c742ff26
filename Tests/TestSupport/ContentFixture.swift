import Foundation

/// A content folder held in memory (relative path → text), so a test states exactly the input it loads.
///
/// Start from `minimal()` — a complete, valid bilingual site — and change one file per test, which keeps every
/// test's input visible next to its expectation.
public struct ContentFixture: Sendable {
    public var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    /// The fixture with `path` replaced by `text`, or removed where `text` is nil.
    public func with(_ path: String, _ text: String?) -> ContentFixture {
        var copy = self
        copy.files[path] = text
        return copy
    }

    /// The fixture with the first occurrence of `old` in `path` replaced by `new`.
    ///
    /// Stops the test run when `old` is not there, so a fixture change cannot silently make a test pass.
    public func replacing(_ old: String, with new: String, in path: String) -> ContentFixture {
        guard let text = files[path], let range = text.range(of: old) else {
            preconditionFailure("\(path) does not contain \(old.debugDescription)")
        }
        return with(path, text.replacingCharacters(in: range, with: new))
    }

    /// Writes every file as UTF-8 under `directory`, creating folders as needed.
    public func write(to directory: URL) throws {
        let manager = FileManager.default
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
