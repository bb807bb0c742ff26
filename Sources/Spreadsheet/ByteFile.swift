import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file read at any offset, and for a scratch file also appended to: the parts of a zip entry that are
/// on disk rather than in memory (a download as written, a worksheet's rows put aside while they are made).
public final class ByteFile: @unchecked Sendable {
    private let descriptor: Int32
    /// For messages: the file's path, or what the scratch file was for.
    private let path: String
    /// Bytes in the file: its size when opened for reading, what was appended for a scratch file.
    public private(set) var count: Int

    private init(descriptor: Int32, path: String, count: Int) {
        self.descriptor = descriptor
        self.path = path
        self.count = count
    }

    deinit { close(descriptor) }

    /// The file at `url`, for reading.
    public static func reading(_ url: URL) throws -> ByteFile {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: url.path, code: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let failure = Failure(path: url.path, code: errno)
            close(descriptor)
            throw failure
        }
        return ByteFile(descriptor: descriptor, path: url.path, count: Int(status.st_size))
    }

    /// The file at `url`, emptied, for appending to: a download written as it is made.
    public static func writing(_ url: URL) throws -> ByteFile {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: url.path, code: errno) }
        return ByteFile(descriptor: descriptor, path: url.path, count: 0)
    }

    /// A new empty file beside `file`, whose name is removed as soon as it is open: it holds what a writer made
    /// but cannot put in its place yet, and is gone when closed, even if the process is killed. Beside the file
    /// being made, so it takes room on the disk the output is written to, never in a memory-backed `/tmp`.
    public static func scratch(beside file: URL) throws -> ByteFile {
        let name = ".\(file.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).part"
        let path = file.deletingLastPathComponent().appendingPathComponent(name).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        unlink(path)
        return ByteFile(descriptor: descriptor, path: "scratch file beside \(file.path)", count: 0)
    }

    /// Appends `bytes` at the end of a file opened for writing or a scratch file.
    public func append(_ bytes: [UInt8]) throws(Failure) {
        // `withUnsafeBytes` rethrows any error, so the failure comes out as a `Result` to keep its type.
        try bytes.withUnsafeBytes { buffer in Result { () throws(Failure) in try append(buffer) } }.get()
    }

    /// Appends `buffer` at the end of a file opened for writing or a scratch file.
    func append(_ buffer: UnsafeRawBufferPointer) throws(Failure) {
        try write(buffer, at: count)
        count += buffer.count
    }

    /// Writes `bytes` over what the file holds from `offset` on, which must be within what was appended: how a
    /// zip puts an entry's sizes and CRC into its header once the entry is written.
    func overwrite(_ bytes: [UInt8], at offset: Int) throws(Failure) {
        guard offset + bytes.count <= count else { throw Failure(path: path, code: EINVAL) }
        try bytes.withUnsafeBytes { buffer in Result { () throws(Failure) in try write(buffer, at: offset) } }.get()
    }

    private func write(_ buffer: UnsafeRawBufferPointer, at position: Int) throws(Failure) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = pwrite(descriptor, base + offset, buffer.count - offset, off_t(position + offset))
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, code: errno)
            }
            offset += written
        }
    }

    /// Fills `buffer` with the bytes from `position` on: how the zip reads every download and a long sheet's
    /// rows, a chunk at a time into one buffer. Fails when the file ends first.
    func read(from position: Int, into buffer: UnsafeMutableRawBufferPointer) throws(Failure) {
        guard let base = buffer.baseAddress else { return }
        var done = 0
        while done < buffer.count {
            let read = pread(descriptor, base + done, buffer.count - done, off_t(position + done))
            if read < 0, errno == EINTR { continue }
            if read < 0 { throw Failure(path: path, code: errno) }
            if read == 0 { throw Failure(path: path, code: EIO) }
            done += read
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let code: Int32
        public var description: String { "\(path): \(String(cString: strerror(code)))" }
    }
}
