import Foundation
import SiteOutput

/// A fresh folder for one test, holding the output folder and whatever the test puts beside it.
struct Workspace {
    let root: URL

    /// Runs `body` with a new empty workspace that is removed afterwards, whether `body` returns or throws.
    static func with<T>(_ body: (Workspace) throws -> T) throws -> T {
        let manager = FileManager.default
        let root = manager.temporaryDirectory
            .appendingPathComponent("almanac-output-test-\(UUID().uuidString)")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: root) }
        return try body(Workspace(root: root.resolvingSymlinksInPath()))
    }

    var site: URL { root.appendingPathComponent("site") }
    var content: URL { root.appendingPathComponent("content") }

    /// The names in the workspace folder, hidden ones included, sorted.
    var entries: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    /// Writes `files` as a committed site, the way an earlier build would have.
    @discardableResult
    func buildSite(_ files: [String: String], at destination: URL? = nil) throws -> StagedOutput {
        let output = try StagedOutput(destination: destination ?? site, contentDirectory: content)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try output.write(Array(text.utf8), to: path)
        }
        try output.commit()
        return output
    }

    func makeFolder(_ relativePath: String) throws {
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(relativePath), withIntermediateDirectories: true)
    }

    func makeFile(_ relativePath: String, _ text: String = "x") throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// Every regular file under `folder`, by `/`-separated relative path, with its bytes; hidden files included.
func snapshot(of folder: URL) throws -> [String: [UInt8]] {
    let manager = FileManager.default
    var files: [String: [UInt8]] = [:]
    for case let relative as String in manager.enumerator(atPath: folder.path)! {
        let url = folder.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
        files[relative] = try Array(Data(contentsOf: url))
    }
    return files
}
