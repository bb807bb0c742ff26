import Foundation
@testable import Spreadsheet
import Testing

/// A file read a slice at a time appends exactly that slice to what the data held, and a read past the end fails
/// without leaving a partial slice behind.
@Suite struct ByteFileTests {
    @Test func slicesAppendToWhatTheDataHeld() throws {
        try WorkbookStreamTests.withFolder { folder in
            let url = folder.appendingPathComponent("bytes.bin")
            let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 251) }
            try Data(bytes).write(to: url)
            let file = try ByteFile.reading(url)
            #expect(file.count == bytes.count)
            var data = Data([1, 2, 3])
            try file.read(from: 10, size: 0, into: &data)
            try file.read(from: 65_000, size: 35_000, into: &data)
            try file.read(from: 0, size: 17, into: &data)
            #expect(Array(data) == [1, 2, 3] + bytes[65_000...] + bytes[..<17])
            #expect(throws: ByteFile.Failure.self) { try file.read(from: 99_990, size: 20, into: &data) }
            #expect(data.count == 3 + 35_000 + 17, "nothing of the failed read is left")
        }
    }
}
