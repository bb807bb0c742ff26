/// Where a zip's bytes go: appended, and written over in place where a local header gets its entry's sizes and CRC
/// once the entry is written.
protocol ZipOutput: AnyObject {
    var count: Int { get }
    func append(_ bytes: [UInt8]) throws(ByteFile.Failure)
    func append(_ buffer: UnsafeRawBufferPointer) throws(ByteFile.Failure)
    func overwrite(_ bytes: [UInt8], at offset: Int) throws(ByteFile.Failure)
}

/// A zip straight into its file: a national site's downloads zip is gigabytes.
extension ByteFile: ZipOutput {}

/// A zip in memory: a workbook of an indicator, or any zip a test or the preview server asks for.
final class MemoryZipOutput: ZipOutput {
    private(set) var bytes: [UInt8] = []

    var count: Int { bytes.count }

    func append(_ bytes: [UInt8]) {
        self.bytes += bytes
    }

    func append(_ buffer: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: buffer)
    }

    func overwrite(_ bytes: [UInt8], at offset: Int) {
        self.bytes.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
    }
}
