import Foundation
import ZIPFoundation

/// A zip file with the same bytes on every run: entries sorted by path, every one dated `fixedDate`, compressed
/// with deflate unless it is compressed already. Made in memory (`bytes`) or straight into a file (`write`), with
/// the same bytes either way.
public enum ZipArchive {
    public struct Entry: Sendable {
        /// A run of an entry's bytes: in memory, or a whole file on disk, read a chunk at a time as the zip takes it.
        public enum Piece: Sendable {
            case bytes([UInt8])
            case file(ByteFile)

            var count: Int {
                switch self {
                case .bytes(let bytes): bytes.count
                case .file(let file): file.count
                }
            }
        }

        public var path: String
        /// The file's bytes in pieces written one after the other: a worksheet's rows are parts of a megabyte, or a
        /// scratch file, never copied into one array with its head, since a million-row sheet is hundreds of
        /// megabytes.
        public var pieces: [Piece]
        /// False for content that is a zip already (an `.xlsx`): deflating it again only costs time.
        public var deflate: Bool

        public init(path: String, bytes: [UInt8], deflate: Bool = true) {
            self.init(path: path, pieces: [.bytes(bytes)], deflate: deflate)
        }

        public init(path: String, parts: [[UInt8]], deflate: Bool = true) {
            self.init(path: path, pieces: parts.map(Piece.bytes), deflate: deflate)
        }

        public init(path: String, pieces: [Piece], deflate: Bool = true) {
            self.path = path
            self.pieces = pieces
            self.deflate = deflate
        }

        /// The file at `url`, as written: read a chunk at a time, never whole.
        public init(path: String, file url: URL, deflate: Bool = true) throws {
            self.init(path: path, pieces: [.file(try ByteFile.reading(url))], deflate: deflate)
        }

        var count: Int { pieces.reduce(0) { $0 + $1.count } }

        /// `size` bytes from `position` on, across pieces.
        func slice(from position: Int, size: Int) throws -> Data {
            var data = Data(capacity: size)
            var skip = position
            for piece in pieces where data.count < size {
                if skip >= piece.count {
                    skip -= piece.count
                    continue
                }
                let end = min(piece.count, skip + size - data.count)
                switch piece {
                case .bytes(let bytes): data.append(contentsOf: bytes[skip..<end])
                case .file(let file): try file.read(from: skip, size: end - skip, into: &data)
                }
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
        let byPath = byPath(entries)
        return try bytes(paths: Array(byPath.keys)) { byPath[$0] ?? Entry(path: $0, bytes: []) }
    }

    /// The zip file of the entries `entry` makes for `paths`, made one at a time in path order: only one entry's
    /// bytes are held at once beside the compressed archive.
    public static func bytes(paths: [String], entry: (String) throws -> Entry) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        try add(paths, entry, to: archive)
        guard let data = archive.data else { throw ArchiveError.noData }
        return Array(data)
    }

    /// `bytes(of:)`, written into the empty file at `url` instead of memory.
    public static func write(_ entries: [Entry], to url: URL) throws {
        let byPath = byPath(entries)
        try write(paths: Array(byPath.keys), to: url) { byPath[$0] ?? Entry(path: $0, bytes: []) }
    }

    /// `bytes(paths:entry:)`, written into the empty file at `url` (or a new one) instead of memory: the downloads
    /// zip of a national site is gigabytes, which memory would hold whole and then copy once more.
    public static func write(paths: [String], to url: URL, entry: (String) throws -> Entry) throws {
        // The empty archive ZIPFoundation itself starts a new file with: an end-of-central-directory record alone.
        try Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)).write(to: url)
        let archive = try Archive(url: url, accessMode: .update)
        try add(paths, entry, to: archive)
    }

    private static func byPath(_ entries: [Entry]) -> [String: Entry] {
        Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
    }

    private static func add(_ paths: [String], _ entry: (String) throws -> Entry, to archive: Archive) throws {
        for path in paths.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let made = try entry(path)
            try archive.addEntry(
                with: made.path, type: .file, uncompressedSize: Int64(made.count), modificationDate: fixedDate,
                permissions: 0o644, compressionMethod: made.deflate ? .deflate : .none
            ) { position, size in
                try made.slice(from: Int(position), size: size)
            }
        }
    }

    public enum ArchiveError: Error, Sendable {
        /// ZIPFoundation gave no bytes for an archive made in memory.
        case noData
    }
}
