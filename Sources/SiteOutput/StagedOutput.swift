import Foundation

/// A site being written into a hidden staging folder beside the output, put in place by `commit()` in one swap.
///
/// Until the commit, the previous site stays untouched; `discard()` (or letting go of an uncommitted output)
/// removes the staging folder and leaves no trace. `write` may be called from many threads at once, so pages can
/// be rendered and written in parallel without holding the whole site in memory. Call `commit()` or `discard()`
/// only after every `write` has returned.
public final class StagedOutput: @unchecked Sendable {
    public let stagingDirectory: URL

    let destination: Destination
    let folders: StagingFolders
    let injection: FailureInjection
    private let staging: OpenFolder
    private let lock = NSLock()
    private var state = State()

    /// What concurrent writers share, guarded by `lock`.
    private struct State {
        var phase = Phase.open
        var claimedPaths: Set<String> = [SiteMarker.fileName]
        var filesWritten = 0
        var bytesWritten = 0
        var notices: [String] = []
    }

    enum Phase { case open, committed, discarded }

    /// `NSLock.withLock`, keeping the typed error of `body`.
    private func locked<T, Failure>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Checks that `destination` may be replaced, puts back a previous site a stopped build had moved aside, clears
    /// folders left by killed builds, and creates the staging folder.
    ///
    /// - Parameters:
    ///   - contentDirectory: the content being built, which the output must neither be, contain nor be inside.
    ///   - assetsDirectory: the theme being used, under the same rule.
    public convenience init(destination: URL, contentDirectory: URL?, assetsDirectory: URL? = nil) throws(OutputError) {
        try self.init(
            destination: destination, contentDirectory: contentDirectory, assetsDirectory: assetsDirectory,
            injection: .fromEnvironment)
    }

    /// The same, with failures injected by a test.
    @_spi(Testing) public init(
        destination: URL, contentDirectory: URL?, assetsDirectory: URL?, injection: FailureInjection
    ) throws(OutputError) {
        let checked = try Destination(
            checking: destination, contentDirectory: contentDirectory, assetsDirectory: assetsDirectory)
        guard ActiveBuilds.shared.claim(checked) else {
            throw .cannotStage(checked.url.path, reason: "another build of this output is running in this process")
        }
        let folders = StagingFolders(destination: checked, processID: getpid())
        do {
            let notices = try folders.restoreAndRemoveLeftovers(injection: injection)
            self.staging = try Self.createStaging(folders)
            self.state.notices = notices
        } catch {
            ActiveBuilds.shared.release(checked)
            throw error
        }
        self.destination = checked
        self.folders = folders
        self.injection = injection
        self.stagingDirectory = folders.staging
    }

    deinit {
        discard()
    }

    /// Files written so far through `write`, not counting the site marker.
    public var filesWritten: Int { locked { state.filesWritten } }

    /// Bytes written so far through `write`, not counting the site marker.
    public var bytesWritten: Int { locked { state.bytesWritten } }

    /// What the person running the build should know although nothing failed: a previous site put back, a
    /// leftover folder that could not be removed.
    public var notices: [String] { locked { state.notices } }

    func addNotice(_ notice: String) {
        locked { state.notices.append(notice) }
    }

    /// Writes one file of the site, creating its folders as needed; safe to call from many threads at once.
    public func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try write(bytes, to: OutputPath(path))
    }

    public func write(_ bytes: [UInt8], to path: OutputPath) throws(OutputError) {
        try claim(path)
        do {
            try Self.create(path, holding: bytes, in: staging)
        } catch {
            throw .cannotWrite(shownPath(path), reason: Self.reason(for: error))
        }
        locked {
            state.filesWritten += 1
            state.bytesWritten += bytes.count
        }
    }

    /// Makes one file of the site by `make`, which writes it in parts into the empty file at the URL it is given,
    /// for a file too large to hold whole (a national site's workbooks and zip). The name is claimed and the file
    /// created as `write` creates one, so paths collide and fail the same way; an error of `make` is passed on as
    /// it is, and whatever it left is removed with the staging folder.
    public func write(to path: String, making make: (URL) throws -> Void) throws {
        let checked = try OutputPath(path)
        try claim(checked)
        let name = checked.components.last ?? checked.rawValue
        let folder: OpenFolder
        do {
            folder = try Self.folder(of: checked, in: staging)
            try folder.createFile(name, bytes: [])
        } catch {
            throw OutputError.cannotWrite(shownPath(checked), reason: Self.reason(for: error))
        }
        try make(stagingDirectory.appendingPathComponent(checked.rawValue))
        let size: Int
        do { size = try folder.regularFileSize(name) } catch {
            throw OutputError.cannotWrite(shownPath(checked), reason: "it was not made as a file: \(error.message)")
        }
        locked {
            state.filesWritten += 1
            state.bytesWritten += size
        }
    }

    /// The file's final place, which is what a person looking for it knows, rather than the staging folder.
    func shownPath(_ path: OutputPath) -> String {
        destination.url.appendingPathComponent(path.rawValue).path
    }

    private func claim(_ path: OutputPath) throws(OutputError) {
        let shown = shownPath(path)
        try locked { () throws(OutputError) in
            guard state.phase == .open else { throw .outputClosed(shown) }
            if path.rawValue == SiteMarker.fileName {
                throw .invalidPath(path.rawValue, reason: "\(SiteMarker.fileName) is reserved for the site marker")
            }
            guard state.claimedPaths.insert(path.rawValue).inserted else { throw .duplicatePath(shown) }
        }
    }

    /// Moves the phase from `open` to `next`; false if the output was already committed or discarded.
    func finish(as next: Phase) -> Bool {
        locked {
            guard state.phase == .open else { return false }
            state.phase = next
            return true
        }
    }

    private static func createStaging(_ folders: StagingFolders) throws(OutputError) -> OpenFolder {
        let parent = folders.destination.parent
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotStage(parent.path, reason: error.localizedDescription)
        }
        let path = folders.staging.path
        guard mkdir(path, 0o755) == 0 else { throw .cannotStage(path, reason: SystemFailure().message) }
        do {
            let staging = try OpenFolder.open(path: path)
            try staging.createFile(SiteMarker.fileName, bytes: SiteMarker.contents)
            return staging
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw .cannotStage(path, reason: error.message)
        }
    }

    private static func create(_ path: OutputPath, holding bytes: [UInt8], in staging: OpenFolder)
        throws(SystemFailure)
    {
        try folder(of: path, in: staging).createFile(path.components.last ?? path.rawValue, bytes: bytes)
    }

    /// The folder `path` goes in, created as needed.
    private static func folder(of path: OutputPath, in staging: OpenFolder) throws(SystemFailure) -> OpenFolder {
        var folder = staging
        for component in path.components.dropLast() { folder = try folder.subfolder(component) }
        return folder
    }

    /// Words the failures that come from two paths colliding (`a` as a file and `a/b`) in terms of the paths.
    private static func reason(for failure: SystemFailure) -> String {
        switch failure.code {
        case ENOTDIR, ELOOP: "a folder on the way is already written as a file"
        case EEXIST: "a folder of that name was already created for another file"
        default: failure.message
        }
    }
}
