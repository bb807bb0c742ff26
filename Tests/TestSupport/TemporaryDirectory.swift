import Foundation

/// Runs `body` with a fresh empty directory that is removed afterwards, whether `body` returns or throws.
public func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let manager = FileManager.default
    let directory = manager.temporaryDirectory.appendingPathComponent("almanac-test-\(UUID().uuidString)")
    try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: directory) }
    return try body(directory)
}

extension ContentFixture {
    /// Writes the fixture to `content/` inside a temporary directory and runs `body` with that folder.
    public func withWrittenContent<T>(_ body: (URL) throws -> T) throws -> T {
        try withTemporaryDirectory { directory in
            let content = directory.appendingPathComponent("content")
            try write(to: content)
            return try body(content)
        }
    }
}
