import Foundation
import ZIPFoundation

/// A zip file made in memory with the same bytes on every run: entries sorted by path, every one dated
/// `fixedDate`, compressed with deflate unless it is compressed already.
public enum ZipArchive {
    public struct Entry: Sendable {
        public var path: String
        /// The file's bytes in parts written one after the other: a worksheet's rows are parts of a megabyte,
        /// never copied into one array with its head, since a million-row sheet is hundreds of megabytes.
        public var parts: [[UInt8]]
        /// False for content that is a zip already (an `.xlsx`): deflating it again only costs time.
        public var deflate: Bool

        public init(path: String, bytes: [UInt8], deflate: Bool = true) {
            self.init(path: path, parts: [bytes], deflate: deflate)
        }

        public init(path: String, parts: [[UInt8]], deflate: Bool = true) {
            self.path = path
            self.parts = parts
            self.deflate = deflate
        }

        var count: Int { parts.reduce(0) { $0 + $1.count } }

        /// `size` bytes from `position` on, across parts.
        func slice(from position: Int, size: Int) -> Data {
            var data = Data(capacity: size)
            var skip = position
            for part in parts where data.count < size {
                if skip >= part.count {
                    skip -= part.count
                    continue
                }
                let end = min(part.count, skip + size - data.count)
                data.append(contentsOf: part[skip..<end])
                skip = 0
            }
            return data
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
            try archive.addEntry(
                with: made.path, type: .file, uncompressedSize: Int64(made.count), modificationDate: fixedDate,
                permissions: 0o644, compressionMethod: made.deflate ? .deflate : .none
            ) { position, size in
                made.slice(from: Int(position), size: size)
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
