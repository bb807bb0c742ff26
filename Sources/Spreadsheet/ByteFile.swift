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
        var failure: Failure?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = pwrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(count + offset))
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(path: path, code: errno)
                    return
                }
                offset += written
            }
        }
        if let failure { throw failure }
        count += bytes.count
    }

    /// Appends `size` bytes from `position` on to `data`: read straight into its new end, not through a buffer
    /// copied in after, as the zip reads every download and a long sheet's rows this way.
    func read(from position: Int, size: Int, into data: inout Data) throws {
        let start = data.count
        data.count = start + size
        let failure: Failure? = data.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var done = 0
            while done < size {
                let read = pread(descriptor, base + start + done, size - done, off_t(position + done))
                if read < 0, errno == EINTR { continue }
                if read < 0 { return Failure(path: path, code: errno) }
                if read == 0 { return Failure(path: path, code: EIO) }
                done += read
            }
            return nil
        }
        if let failure {
            data.count = start
            throw failure
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let code: Int32
        public var description: String { "\(path): \(String(cString: strerror(code)))" }
    }
}
