import CSystemZlib

extension ZipArchive {
    /// zlib's level for every deflated entry, chosen by measurement on bench `large` (a million observations; zlib
    /// 1.2.13 through Python's `zlib`, one core): the sheet XML of `all.xlsx` (623 MB), of the 50 indicators'
    /// workbooks (611 MB) and the CSV and JSON of `downloads.zip` (263 MB), 1.5 GB in all, deflate in
    ///
    /// | level | CPU | bytes |
    /// | --- | --- | --- |
    /// | 1 | 4.0 s | 106.1 MB |
    /// | 3 | 4.6 s | 101.0 MB |
    /// | 4 | 7.7 s | 96.0 MB |
    /// | 6 (zlib's default, which ZIPFoundation fixed) | 11.7 s | 89.5 MB |
    ///
    /// Level 3 takes 0.4 × the CPU of level 6 for 13 % more compressed bytes; level 1 saves another 0.6 s for 5 MB
    /// more. In the build of bench `large`, side by side with ZIPFoundation's level 6 (Benchmarks/README.md), zlib's
    /// CPU fell from 13.6 s to 4.6 s of about 60 s, and the site grew by 20 MB (1,074 → 1,094 MB, 1.9 %: the
    /// workbooks are stored once more in the downloads zip, so their growth counts twice): 20 of the 400 bytes per
    /// observation issue 9 allows all told, for about 10 s (a sixth) of the build's CPU. Memory level 9
    /// (ZIPFoundation's) was 10–20 % slower for 0.1 % fewer bytes, so zlib's default 8 it is.
    static let deflateLevel: Int32 = 3

    /// One raw-deflate stream (no zlib header or trailer: a zip entry holds bare deflate data), reset for each
    /// entry, so a zip of many small entries does not allocate zlib's state for each.
    final class Deflater {
        /// zlib keeps the stream's address in its state and checks it on every call, so it cannot move.
        private let stream: UnsafeMutablePointer<z_stream>
        private let output: UnsafeMutableRawBufferPointer
        private let level: Int32
        private var isOpen = false

        init(level: Int32, outputSize: Int = 256 * 1024) {
            self.level = level
            stream = .allocate(capacity: 1)
            stream.initialize(to: z_stream())
            output = .allocate(byteCount: outputSize, alignment: 16)
        }

        deinit {
            if isOpen { deflateEnd(stream) }
            stream.deinitialize(count: 1)
            stream.deallocate()
            output.deallocate()
        }

        /// Makes the stream ready for the entry `path` of `size` bytes; returns the most bytes that can come out of
        /// it (zlib's bound), so the entry's header can be chosen before it is deflated.
        func start(path: String, size: UInt64) throws(ArchiveError) -> UInt64 {
            let code = isOpen ? deflateReset(stream) : almanac_deflate_init_raw(stream, level)
            guard code == Z_OK else { throw .deflate(entry: path, code: code) }
            isOpen = true
            return UInt64(deflateBound(stream, uLong(size)))
        }

        /// Deflates `input`, handing what comes out to `emit` a buffer at a time; with `finish`, also what zlib
        /// still holds, which ends the entry's data.
        func deflate(
            _ input: UnsafeRawBufferPointer, finish: Bool, path: String, emit: (UnsafeRawBufferPointer) throws -> Void
        ) throws {
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(input.count)
            defer { stream.pointee.next_in = nil }
            guard let base = output.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return }
            while true {
                stream.pointee.next_out = base
                stream.pointee.avail_out = uInt(output.count)
                let code = CSystemZlib.deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
                let made = output.count - Int(stream.pointee.avail_out)
                // Z_BUF_ERROR only says that no progress was possible, which ends the loop below.
                guard code == Z_OK || code == Z_STREAM_END || (code == Z_BUF_ERROR && made == 0) else {
                    throw ArchiveError.deflate(entry: path, code: code)
                }
                if made > 0 { try emit(UnsafeRawBufferPointer(rebasing: output[..<made])) }
                if code == Z_STREAM_END || (!finish && stream.pointee.avail_out > 0) { return }
                if code == Z_BUF_ERROR { throw ArchiveError.deflate(entry: path, code: code) }
            }
        }
    }
}
