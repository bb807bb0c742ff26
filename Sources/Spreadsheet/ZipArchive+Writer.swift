import CSystemZlib

extension ZipArchive {
    /// Writes entries one after the other into `output`, each a local header, its data (stored or deflated a chunk
    /// at a time, never whole: a piece may be a scratch file of hundreds of megabytes) and its header written
    /// again with the sizes and CRC, then the central directory and the end records.
    final class Writer<Output: ZipOutput> {
        /// The most bytes of a piece handed to zlib (or, stored, to the output) at once, and the size of the buffer
        /// a file piece is read into.
        static var chunkSize: Int { 1 << 20 }

        private let output: Output
        private let limits: Zip64Limits
        private let deflater: Deflater
        private var readBuffer: UnsafeMutableRawBufferPointer?
        private var directory: [UInt8] = []
        private var entries: UInt64 = 0

        init(output: Output, level: Int32, limits: Zip64Limits) {
            self.output = output
            self.limits = limits
            deflater = Deflater(level: level)
        }

        deinit { readBuffer?.deallocate() }

        func add(_ entry: Entry) throws {
            let name = Array(entry.path.utf8)
            guard name.count <= Int(UInt16.max) else { throw ArchiveError.pathTooLong(entry: entry.path) }
            let offset = output.count
            let size = UInt64(entry.count)
            let largest = entry.deflate ? try deflater.start(path: entry.path, size: size) : size
            let zip64 = size >= limits.field32 || largest >= limits.field32
            var facts = Records.EntryFacts(
                name: name, method: entry.deflate ? .deflated : .stored, crc: 0, compressedSize: 0, uncompressedSize: size)
            try output.append(Records.localHeader(facts, zip64: zip64))
            let dataStart = output.count
            var crc: uLong = 0
            try forEachChunk(of: entry) { chunk in
                crc = crc32(crc, chunk.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(chunk.count))
                if entry.deflate {
                    try deflater.deflate(chunk, finish: false, path: entry.path, emit: output.append)
                } else {
                    try output.append(chunk)
                }
            }
            if entry.deflate {
                try deflater.deflate(UnsafeRawBufferPointer(start: nil, count: 0), finish: true, path: entry.path, emit: output.append)
            }
            facts.crc = UInt32(truncatingIfNeeded: crc)
            facts.compressedSize = UInt64(output.count - dataStart)
            try output.overwrite(Records.localHeader(facts, zip64: zip64), at: offset)
            directory += Records.centralRecord(facts, offset: UInt64(offset), localZip64: zip64, limits: limits)
            entries += 1
        }

        /// The central directory and the end records, after the last entry.
        func finish() throws {
            let directoryOffset = UInt64(output.count)
            try output.append(directory)
            try output.append(
                Records.end(
                    entries: entries, directorySize: UInt64(directory.count), directoryOffset: directoryOffset,
                    limits: limits))
        }

        /// The entry's bytes in order, at most `chunkSize` at a time: bytes in memory as they are, a file read
        /// into one buffer used again for every chunk. No chunk is empty (zlib's `crc32` takes an empty one
        /// without a buffer for a request to start again).
        private func forEachChunk(of entry: Entry, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
            let chunkSize = Self.chunkSize
            for piece in entry.pieces {
                switch piece {
                case .bytes(let bytes):
                    try bytes.withUnsafeBytes { all in
                        var start = 0
                        while start < all.count {
                            let end = min(all.count, start + chunkSize)
                            try body(UnsafeRawBufferPointer(rebasing: all[start..<end]))
                            start = end
                        }
                    }
                case .file(let file):
                    let buffer = readBuffer ?? .allocate(byteCount: chunkSize, alignment: 16)
                    readBuffer = buffer
                    var position = 0
                    while position < file.count {
                        let chunk = UnsafeMutableRawBufferPointer(rebasing: buffer[..<min(chunkSize, file.count - position)])
                        try file.read(from: position, into: chunk)
                        try body(UnsafeRawBufferPointer(chunk))
                        position += chunk.count
                    }
                }
            }
        }
    }
}
