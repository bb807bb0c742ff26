import Foundation
@testable import Spreadsheet
import Testing

/// A file read a slice at a time fills the buffer with exactly that slice, and a read past the end fails; a
/// scratch file's bytes can be written over where they were appended, never past its end.
@Suite struct ByteFileTests {
    static func read(_ file: ByteFile, from position: Int, size: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        try bytes.withUnsafeMutableBytes { try file.read(from: position, into: $0) }
        return bytes
    }

    @Test func slicesFillTheBuffer() throws {
        try WorkbookStreamTests.withFolder { folder in
            let url = folder.appendingPathComponent("bytes.bin")
            let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 251) }
            try Data(bytes).write(to: url)
            let file = try ByteFile.reading(url)
            #expect(file.count == bytes.count)
            #expect(try Self.read(file, from: 10, size: 0) == [])
            #expect(try Self.read(file, from: 65_000, size: 35_000) == Array(bytes[65_000...]))
            #expect(try Self.read(file, from: 0, size: 17) == Array(bytes[..<17]))
            #expect(throws: ByteFile.Failure.self) { try Self.read(file, from: 99_990, size: 20) }
        }
    }

    @Test func appendedBytesCanBeWrittenOver() throws {
        try WorkbookStreamTests.withFolder { folder in
            let file = try ByteFile.scratch(beside: folder.appendingPathComponent("zip"))
            try file.append([1, 2, 3, 4, 5])
            try file.overwrite([8, 9], at: 1)
            #expect(file.count == 5)
            #expect(try Self.read(file, from: 0, size: 5) == [1, 8, 9, 4, 5])
            #expect(throws: ByteFile.Failure.self) { try file.overwrite([7, 7], at: 4) }
            #expect(try Self.read(file, from: 0, size: 5) == [1, 8, 9, 4, 5])
        }
    }
}
