import Foundation
import ZIPFoundation

/// A zip file made in memory with the same bytes on every run: entries sorted by path, every one dated
/// `fixedDate`, compressed with deflate unless it is compressed already.
public enum ZipArchive {
    public struct Entry: Sendable {
        public var path: String
        public var bytes: [UInt8]
        /// False for content that is a zip already (an `.xlsx`): deflating it again only costs time.
        public var deflate: Bool

        public init(path: String, bytes: [UInt8], deflate: Bool = true) {
            self.path = path
            self.bytes = bytes
            self.deflate = deflate
        }
    }

    /// 1980-01-01 00:00:00 UTC, the first instant a zip's MS-DOS date can hold: a build's archives do not
    /// depend on the clock, so two builds of the same content are byte-identical.
    public static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The zip file of `entries`, in path order (bytewise, so the order does not depend on the locale).
    public static func bytes(of entries: [Entry]) throws -> [UInt8] {
        let byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        return try bytes(paths: Array(byPath.keys)) { byPath[$0] ?? Entry(path: $0, bytes: []) }
    }

    /// The zip file of the entries `entry` makes for `paths`, made one at a time in path order: only one entry's
    /// bytes are held at once beside the compressed archive. The downloads zip of a national site holds every
    /// download, hundreds of megabytes before compression.
    public static func bytes(paths: [String], entry: (String) throws -> Entry) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for path in paths.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let made = try entry(path)
            let data = Data(made.bytes)
            try archive.addEntry(
                with: made.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                permissions: 0o644, compressionMethod: made.deflate ? .deflate : .none
            ) { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(start + size, data.count))
            }
        }
        guard let data = archive.data else { throw ArchiveError.noData }
        return Array(data)
    }

    public enum ArchiveError: Error, Sendable {
        /// ZIPFoundation gave no bytes for an archive made in memory.
        case noData
    }
}
