#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call that failed, with its `errno`.
struct SystemFailure: Error {
    let code: Int32

    /// Captures the current `errno`; call straight after the failing call.
    init() { code = errno }

    init(code: Int32) { self.code = code }

    /// The system's own wording, e.g. "No space left on device".
    var message: String { String(cString: strerror(code)) }
}

/// An open folder that names are resolved against, one component at a time.
///
/// Going through descriptors instead of path strings means no lookup ever starts outside the staging folder, no
/// symbolic link is followed, and deep paths never hit `PATH_MAX` however long the staging folder's own path is.
final class OpenFolder: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Opens an existing folder by absolute path, refusing a symbolic link in its place.
    static func open(path: String) throws(SystemFailure) -> OpenFolder {
        try OpenFolder(descriptor: retryingInterrupts {
            Self.openFile(AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        })
    }

    /// Opens the subfolder `name`, creating it first when it does not exist.
    ///
    /// Another thread may create the same folder at the same moment; its `EEXIST` is the expected outcome. A file
    /// or symbolic link of that name makes the open fail with `ENOTDIR` or `ELOOP`.
    func subfolder(_ name: String) throws(SystemFailure) -> OpenFolder {
        if mkdirat(descriptor, name, 0o755) != 0, errno != EEXIST {
            throw SystemFailure()
        }
        return try OpenFolder(descriptor: Self.retryingInterrupts {
            Self.openFile(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        })
    }

    /// Creates the file `name` holding `bytes`; fails with `EEXIST` when anything of that name is already there.
    func createFile(_ name: String, bytes: [UInt8]) throws(SystemFailure) {
        let file = try Self.retryingInterrupts {
            Self.openFile(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        }
        var failure: SystemFailure?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(file, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = SystemFailure()
                    return
                }
                offset += written
            }
        }
        // Some file systems report a full disk only when the file is closed.
        if close(file) != 0, failure == nil, errno != EINTR { failure = SystemFailure() }
        if let failure { throw failure }
    }

    /// The size of the regular file `name`, not following a symbolic link; `EINVAL` for anything else there.
    func regularFileSize(_ name: String) throws(SystemFailure) -> Int {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { throw SystemFailure() }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw SystemFailure(code: EINVAL) }
        return Int(status.st_size)
    }

    /// `openat` without its C variadic, which Swift cannot call directly on every platform.
    private static func openFile(_ folder: Int32, _ name: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        openat(folder, name, flags, mode)
    }

    private static func retryingInterrupts(_ call: () -> Int32) throws(SystemFailure) -> Int32 {
        while true {
            let result = call()
            if result >= 0 { return result }
            if errno != EINTR { throw SystemFailure() }
        }
    }
}
