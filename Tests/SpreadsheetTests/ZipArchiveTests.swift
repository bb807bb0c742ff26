import Foundation
@testable import Spreadsheet
import TestSupport
import Testing

/// Zips our writer makes are read back, every entry's bytes, name, order, CRC and method, by ZIPFoundation,
/// Python's `zipfile` and `unzip -t`, with zip64 records forced on a small archive too; the same entries give the
/// same bytes in memory and in a file; a failed write names its file.
@Suite struct ZipArchiveTests {
    /// Entries of every kind, given out of order: deflated and stored, empty, of several pieces crossing the
    /// writer's chunks, read from files, and a name outside ASCII.
    struct Fixture {
        var entries: [ZipArchive.Entry]
        /// Path → bytes, in the order the zip must hold them.
        var expected: [(path: String, bytes: [UInt8], deflated: Bool)]
    }

    static func text(_ count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = 0
        while bytes.count < count {
            bytes += Array("620\(index % 1_000),\(2000 + index % 20),\(index * 7 % 9_973).5,甘肃\r\n".utf8)
            index += 1
        }
        return Array(bytes.prefix(count))
    }

    static func noise(_ count: Int) -> [UInt8] {
        var state: UInt32 = 2_463_534_242
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return UInt8(truncatingIfNeeded: state)
        }
    }

    static func fixture(in folder: URL) throws -> Fixture {
        let chunk = ZipArchive.Writer<MemoryZipOutput>.chunkSize
        let csv = text(chunk + chunk / 2)
        let json = text(2 * chunk + 333)
        let tail = Array("]}\n".utf8)
        let noise = noise(chunk + 17)
        let jsonFile = folder.appendingPathComponent("from-file.json")
        let noiseFile = folder.appendingPathComponent("noise.bin")
        try Data(json).write(to: jsonFile)
        try Data(noise).write(to: noiseFile)
        let entries: [ZipArchive.Entry] = [
            .init(path: "stored-file.bin", pieces: [.file(try ByteFile.reading(noiseFile))], deflate: false),
            .init(path: "empty.txt", bytes: []),
            .init(path: "données/甘肃.csv", bytes: text(500)),
            .init(path: "a.csv", parts: [Array(csv[..<1_000]), [], Array(csv[1_000...])]),
            .init(path: "from-file.json", pieces: [.file(try ByteFile.reading(jsonFile)), .bytes(tail)]),
            .init(path: "empty-stored.bin", bytes: [], deflate: false),
            .init(path: "b.xlsx", bytes: Array("PK not deflated".utf8), deflate: false),
        ]
        return Fixture(entries: entries, expected: [
            ("a.csv", csv, true), ("b.xlsx", Array("PK not deflated".utf8), false), ("données/甘肃.csv", text(500), true),
            ("empty-stored.bin", [], false), ("empty.txt", [], true), ("from-file.json", json + tail, true),
            ("stored-file.bin", noise, false),
        ])
    }

    /// The zip's own limits, every field in zip64, and a mix: the first entries' small sizes in their fields and
    /// the larger ones, and every offset past the first entries, in zip64.
    static let limits: [ZipArchive.Zip64Limits] = [.zip, .forcingZip64, .init(field32: 2_000, entryCount: 0xFFFF)]

    static func written(_ limits: ZipArchive.Zip64Limits, _ body: (URL, Fixture) throws -> Void) throws {
        try WorkbookStreamTests.withFolder { folder in
            let fixture = try fixture(in: folder)
            let zip = folder.appendingPathComponent("archive.zip")
            try ZipArchive.write(fixture.entries, to: zip, limits: limits)
            try body(zip, fixture)
        }
    }

    @Test(arguments: limits)
    func zipFoundationReadsEveryEntryInOrder(limits: ZipArchive.Zip64Limits) throws {
        try Self.written(limits) { archive, fixture in
            let entries = try ZipArchive.entries(of: Array(try Data(contentsOf: archive)))
            #expect(entries.map(\.path) == fixture.expected.map(\.path))
            for (entry, expected) in zip(entries, fixture.expected) {
                #expect(entry.bytes == expected.bytes, "\(entry.path)")
            }
        }
    }

    @Test(.enabled(if: ZipReaders.python != nil, "python3 is not installed"), arguments: limits)
    func pythonReadsEveryEntryWithItsFields(limits: ZipArchive.Zip64Limits) throws {
        try Self.written(limits) { archive, fixture in
            let listing = try ZipReaders.pythonListing(of: archive)
            #expect(listing.bad == nil, "no entry fails its CRC")
            #expect(listing.entries.map(\.name) == fixture.expected.map(\.path))
            for (entry, expected) in zip(listing.entries, fixture.expected) {
                #expect(entry.hex == expected.bytes.hex, "\(entry.name)")
                #expect(entry.size == expected.bytes.count)
                #expect(entry.method == (expected.deflated ? 8 : 0), "\(entry.name)")
                #expect(entry.date == [1980, 1, 1, 0, 0, 0])
                #expect(entry.flags == 0x800, "UTF-8 names, no data descriptor")
                #expect(entry.system == 3 && entry.mode == 0o100644, "a Unix file, rw-r--r--")
                let version = limits.field32 == ZipArchive.Zip64Limits.forcingZip64.field32 ? 45 : entry.extractVersion
                #expect(entry.extractVersion == version && entry.createVersion == version && [20, 45].contains(version))
            }
            #expect(listing.entries.contains { $0.extractVersion == 45 } == (limits.field32 < 0xFFFF_FFFF))
        }
    }

    @Test(.enabled(if: ZipReaders.unzip != nil, "unzip is not installed"), arguments: limits)
    func unzipTestsEveryEntry(limits: ZipArchive.Zip64Limits) throws {
        try Self.written(limits) { archive, fixture in
            let (status, output) = try ZipReaders.unzipTest(of: archive)
            #expect(status == 0, "\(output)")
            #expect(output.contains("No errors detected"), "\(output)")
        }
    }

    @Test func zip64RecordsOnlyWhereAFieldDoesNotFit() throws {
        try WorkbookStreamTests.withFolder { folder in
            let entries = try Self.fixture(in: folder).entries
            let plain = try ZipArchive.bytes(of: entries)
            let forced = try ZipArchive.bytes(of: entries, limits: .forcingZip64)
            let zip64End: [UInt8] = [0x50, 0x4B, 0x06, 0x06]
            let locator: [UInt8] = [0x50, 0x4B, 0x06, 0x07]
            #expect(plain.ranges(of: zip64End).isEmpty && plain.ranges(of: locator).isEmpty)
            #expect(forced.ranges(of: zip64End).count == 1 && forced.ranges(of: locator).count == 1)
            // The end record points at zip64 for every value.
            #expect(Array(forced.suffix(22)) == [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0] + [UInt8](repeating: 0xFF, count: 12) + [0, 0])
            // The first local header: version 4.5, both sizes in its zip64 field.
            #expect(forced[4] == 45 && forced[18..<26].allSatisfy { $0 == 0xFF })
            #expect(forced[28] == 20 && forced[30 + 5 + 0] == 0x01 && forced[30 + 5 + 2] == 16, "a.csv's zip64 field")
            #expect(plain[4] == 20)
        }
    }

    @Test(arguments: limits)
    func theSameEntriesGiveTheSameBytesInMemoryAndInAFile(limits: ZipArchive.Zip64Limits) throws {
        try Self.written(limits) { archive, fixture in
            let inMemory = try ZipArchive.bytes(of: fixture.entries, limits: limits)
            #expect(try ZipArchive.bytes(of: fixture.entries.reversed(), limits: limits) == inMemory)
            #expect(Array(try Data(contentsOf: archive)) == inMemory)
            try ZipArchive.write(fixture.entries, to: archive, limits: limits)
            #expect(Array(try Data(contentsOf: archive)) == inMemory, "written again over the first")
        }
    }

    @Test func anEmptyZipIsItsEndRecord() throws {
        #expect(try ZipArchive.bytes(of: []) == [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
    }

    @Test func aFailedWriteNamesTheZip() throws {
        let error = #expect(throws: ByteFile.Failure.self) {
            try ZipArchive.write([.init(path: "a.csv", bytes: Self.text(100_000))], to: URL(fileURLWithPath: "/dev/full"))
        }
        #expect(error?.path == "/dev/full")
        let missing = URL(fileURLWithPath: "/nonexistent-almanac-folder/downloads.zip")
        let unopened = #expect(throws: ByteFile.Failure.self) { try ZipArchive.write([], to: missing) }
        #expect(unopened?.path == missing.path)
    }

    @Test func aPathTooLongForTheHeaderIsAnError() throws {
        let path = String(repeating: "a", count: 65_536)
        #expect(throws: ZipArchive.ArchiveError.pathTooLong(entry: path)) {
            try ZipArchive.bytes(of: [.init(path: path, bytes: [1])])
        }
    }
}
