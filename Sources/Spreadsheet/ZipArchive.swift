import Foundation

/// A zip file with the same bytes on every run: entries sorted by path, every one dated `fixedDate`, compressed
/// with deflate unless it is compressed already. Made in memory (`bytes`) or straight into a file (`write`), with
/// the same bytes either way; zip64 where a size, an offset or the number of entries does not fit the zip's own
/// fields, so a national site's downloads zip of several gigabytes stays valid.
///
/// Our own writer over the system zlib rather than a library: ZIPFoundation, which wrote them before, spent 7.4 %
/// of a million-observation build's CPU in its own Swift (CRC-32 and buffer handling in `Data.encode`) beside
/// zlib's deflate at a level it fixes (`deflateLevel`), and read back and rewrote the whole central directory for
/// every entry it added. Here zlib computes the CRC and deflates, a chunk at a time from the entry's pieces.
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
    }

    /// 1980-01-01 00:00:00 UTC, the first instant a zip's MS-DOS date can hold: a build's archives do not
    /// depend on the clock, so two builds of the same content are byte-identical.
    public static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The zip file of `entries`, in path order (bytewise, so the order does not depend on the locale).
    public static func bytes(of entries: [Entry]) throws -> [UInt8] {
        try bytes(of: entries, limits: .zip)
    }

    static func bytes(of entries: [Entry], limits: Zip64Limits) throws -> [UInt8] {
        let byPath = byPath(entries)
        return try bytes(paths: Array(byPath.keys), limits: limits) { byPath[$0] ?? Entry(path: $0, bytes: []) }
    }

    /// The zip file of the entries `entry` makes for `paths`, made one at a time in path order: only one entry's
    /// bytes are held at once beside the compressed archive.
    public static func bytes(paths: [String], entry: (String) throws -> Entry) throws -> [UInt8] {
        try bytes(paths: paths, limits: .zip, entry: entry)
    }

    static func bytes(paths: [String], limits: Zip64Limits, entry: (String) throws -> Entry) throws -> [UInt8] {
        let output = MemoryZipOutput()
        try write(paths, into: output, limits: limits, entry: entry)
        return output.bytes
    }

    /// `bytes(of:)`, written into the file at `url` (emptied, or made) instead of memory.
    public static func write(_ entries: [Entry], to url: URL) throws {
        try write(entries, to: url, limits: .zip)
    }

    static func write(_ entries: [Entry], to url: URL, limits: Zip64Limits) throws {
        let byPath = byPath(entries)
        try write(paths: Array(byPath.keys), to: url, limits: limits) { byPath[$0] ?? Entry(path: $0, bytes: []) }
    }

    /// `bytes(paths:entry:)`, written into the file at `url` (emptied, or made) instead of memory: the downloads
    /// zip of a national site is gigabytes, which memory would hold whole and then copy once more. A failed read
    /// or write throws `ByteFile.Failure`, naming the file.
    public static func write(paths: [String], to url: URL, entry: (String) throws -> Entry) throws {
        try write(paths: paths, to: url, limits: .zip, entry: entry)
    }

    static func write(paths: [String], to url: URL, limits: Zip64Limits, entry: (String) throws -> Entry) throws {
        try write(paths, into: try ByteFile.writing(url), limits: limits, entry: entry)
    }

    private static func byPath(_ entries: [Entry]) -> [String: Entry] {
        Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
    }

    private static func write<Output: ZipOutput>(
        _ paths: [String], into output: Output, limits: Zip64Limits, entry: (String) throws -> Entry
    ) throws {
        let writer = Writer(output: output, level: deflateLevel, limits: limits)
        for path in paths.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            try writer.add(try entry(path))
        }
        try writer.finish()
    }

    public enum ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
        /// zlib refused to deflate the entry (it does so only when out of memory, with the parameters used).
        case deflate(entry: String, code: Int32)
        /// A path longer than the 65,535 bytes a zip's header holds.
        case pathTooLong(entry: String)

        public var description: String {
            switch self {
            case .deflate(let entry, let code): "\(entry): zlib could not deflate it (error \(code))"
            case .pathTooLong(let entry): "\(entry.prefix(80))…: a path longer than a zip holds (65,535 bytes)"
            }
        }
    }
}
