import Foundation

/// What every fuzz target does with libFuzzer's input: copy it, and put it in a file where the code under test
/// reads files (as the content loader does), so decoding and file handling are fuzzed too.
public enum FuzzInput {
    /// The input bytes; libFuzzer may pass a null pointer for the empty input.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The input as text; invalid UTF-8 becomes replacement characters, as the code under test sees only text.
    public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
        String(decoding: bytes(data, size), as: UTF8.self)
    }

    /// A content folder of this process, created once; targets overwrite the files they read in it.
    public static let folder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("almanac-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Writes `bytes` to `path` in `folder`, creating its parent folders.
    public static func write(_ bytes: [UInt8], to path: String) {
        let url = folder.appendingPathComponent(path)
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard (try? Data(bytes).write(to: url)) != nil else { fatalError("cannot write \(url.path)") }
    }
}

/// A property the code under test promises; a broken one stops the run as a crash would, with its input saved.
public func fuzzExpect(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz property broken: \(message())") }
}
