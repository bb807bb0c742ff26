import Foundation

/// Changes files of a site folder that a build committed, in place, for a preview server that serves it meanwhile.
///
/// Each file is written beside its final place under a hidden temporary name and renamed over it, so a reader
/// sees the old file or the new one, never half of one. Paths are checked as a build checks them.
public struct SiteFolderUpdate: Sendable {
    public let folder: URL

    /// - Throws: `destinationNotAFolder` or `foreignDestination` unless `folder` holds a site a build made.
    public init(folder: URL) throws(OutputError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .destinationNotAFolder(folder.path)
        }
        guard SiteMarker.isPresent(in: folder) else { throw .foreignDestination(folder.path) }
        self.folder = folder
    }

    public func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let (target, temporary) = try temporaryFile(for: path, holding: bytes)
        try Self.moveIntoPlace(temporary, target)
    }

    /// Makes one file by `make`, which writes it in parts into the empty file at the URL it is given (a temporary
    /// one beside the file's place, renamed over it once made); an error of `make` is passed on as it is.
    public func write(to path: String, making make: (URL) throws -> Void) throws {
        let (target, temporary) = try temporaryFile(for: path, holding: [])
        do { try make(temporary) } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        try Self.moveIntoPlace(temporary, target)
    }

    /// A new temporary file holding `bytes` beside the place of `path` (its folders made), and that place: the
    /// file is renamed over it once complete, so a server reading the folder sees whole files only.
    private func temporaryFile(for path: String, holding bytes: [UInt8]) throws(OutputError) -> (URL, URL) {
        let checked = try Self.checked(path)
        let target = folder.appendingPathComponent(checked.rawValue)
        let temporary = Self.temporary(beside: target)
        do {
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary, options: .withoutOverwriting)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(target.path, reason: error.localizedDescription)
        }
        return (target, temporary)
    }

    /// A hidden name beside `target` that no other writer uses.
    private static func temporary(beside target: URL) -> URL {
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).almanac-\(unique).tmp")
    }

    private static func moveIntoPlace(_ temporary: URL, _ target: URL) throws(OutputError) {
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(target.path, reason: reason)
        }
    }

    /// Removes a file, then the folders it leaves empty (a removed indicator's comparison folder).
    public func remove(_ path: String) throws(OutputError) {
        let checked = try Self.checked(path)
        var target = folder.appendingPathComponent(checked.rawValue)
        guard unlink(target.path) == 0 || errno == ENOENT else {
            throw .cannotWrite(target.path, reason: String(cString: strerror(errno)))
        }
        for _ in checked.components.dropLast() {
            target.deleteLastPathComponent()
            // rmdir refuses a folder that still holds anything: only empty folders go.
            guard rmdir(target.path) == 0 else { break }
        }
    }

    private static func checked(_ path: String) throws(OutputError) -> OutputPath {
        let checked = try OutputPath(path)
        if checked.rawValue == SiteMarker.fileName {
            throw .invalidPath(path, reason: "\(SiteMarker.fileName) is reserved for the site marker")
        }
        return checked
    }
}
