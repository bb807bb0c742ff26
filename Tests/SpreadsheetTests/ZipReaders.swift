import Foundation

/// Readers other than ZIPFoundation, run on a zip written to a file, as the Markdown tests run `cmark`: Python's
/// `zipfile` (what the browser stage's checks and pandas read `.xlsx` and the downloads with) and Info-ZIP's
/// `unzip -t`. A test that needs one is skipped where it is not installed; CI installs both.
enum ZipReaders {
    /// What `zipfile` makes of an entry.
    struct Entry: Decodable, Equatable {
        var name: String
        var method: Int
        var crc: UInt32
        var size: Int
        var date: [Int]
        var flags: Int
        var system: Int
        var createVersion: Int
        var extractVersion: Int
        var mode: Int
        var hex: String
    }

    struct Listing: Decodable {
        /// The first entry whose CRC or length is wrong (`ZipFile.testzip`), if any.
        var bad: String?
        var entries: [Entry]
    }

    static let python: String? = executable("python3")
    static let unzip: String? = executable("unzip")

    private static func executable(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
            .split(separator: ":")
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static let script = """
        import json, sys, zipfile
        with zipfile.ZipFile(sys.argv[1]) as z:
            print(json.dumps({"bad": z.testzip(), "entries": [{
                "name": i.filename, "method": i.compress_type, "crc": i.CRC, "size": i.file_size,
                "date": list(i.date_time), "flags": i.flag_bits, "system": i.create_system,
                "createVersion": i.create_version, "extractVersion": i.extract_version,
                "mode": i.external_attr >> 16, "hex": z.read(i).hex()} for i in z.infolist()]}))
        """

    /// Python's listing of the zip at `url`.
    static func pythonListing(of url: URL) throws -> Listing {
        let (status, output) = try run(try require(python), ["-c", script, url.path])
        guard status == 0 else { throw Failure(output: String(decoding: output, as: UTF8.self)) }
        return try JSONDecoder().decode(Listing.self, from: output)
    }

    /// `unzip -t`'s exit status and what it printed.
    static func unzipTest(of url: URL) throws -> (status: Int32, output: String) {
        let (status, output) = try run(try require(unzip), ["-t", url.path])
        return (status, String(decoding: output, as: UTF8.self))
    }

    struct Failure: Error, CustomStringConvertible {
        var output: String
        var description: String { output }
    }

    private static func run(_ path: String, _ arguments: [String]) throws -> (Int32, Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}

/// `#require` outside a test function, for a tool the calling test is enabled only with.
private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw ZipReaders.Failure(output: "not installed") }
    return value
}

extension [UInt8] {
    /// Lowercase hexadecimal, as Python's `bytes.hex()`.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(count * 2)
        for byte in self { text += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: text, as: UTF8.self)
    }
}
