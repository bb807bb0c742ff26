import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders for changed files and reports them in batches: a burst of events (an editor's save writes a
/// temporary file, renames it, touches attributes) becomes one batch once the folders have been quiet for
/// `quietPeriod`, so one save means one rebuild.
///
/// On Linux it uses inotify, over every subfolder, adding folders as they are created. Elsewhere, or when inotify
/// cannot be used (too many watches, an unsupported file system), it compares the folders' files every
/// `pollInterval`; `mode` says which and why.
final class FolderWatcher: @unchecked Sendable {
    let roots: [URL]
    let quietPeriod: Double
    let pollInterval: Double
    private let onChange: @Sendable (Set<String>) -> Void
    private let stopped = LockedFlag()
    private var thread: Thread?
    private(set) var mode = ""

    /// - Parameter onChange: called on the watcher's own thread with the absolute paths that changed (a folder
    ///   with a closing `/`); the next batch waits until it returns.
    init(
        roots: [URL], quietPeriod: Double = 0.02, pollInterval: Double = 0.25,
        onChange: @escaping @Sendable (Set<String>) -> Void
    ) {
        self.roots = roots.map { $0.standardizedFileURL.resolvingSymlinksInPath() }
        self.quietPeriod = quietPeriod
        self.pollInterval = pollInterval
        self.onChange = onChange
    }

    /// Starts watching; returns how (`inotify`, or polling and the reason).
    @discardableResult
    func start(forcePolling: Bool = false) -> String {
        #if os(Linux)
            if !forcePolling {
                switch InotifyWatch.open(roots: roots) {
                case .success(let watch):
                    mode = "inotify"
                    run { [self] in watchLoop(watch) }
                    return mode
                case .failure(let reason):
                    mode = "polling every \(pollInterval) s (inotify unavailable: \(reason))"
                }
            } else {
                mode = "polling every \(pollInterval) s"
            }
        #else
            mode = "polling every \(pollInterval) s (no native watcher on this system)"
        #endif
        // The first snapshot is taken before returning, so a change made right after `start` is seen.
        let first = FolderSnapshot(roots: roots)
        run { [self] in pollLoop(from: first) }
        return mode
    }

    func stop() { stopped.set() }

    private func run(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = "almanac-watcher"
        thread.start()
        self.thread = thread
    }

    #if os(Linux)
        private func watchLoop(_ watch: InotifyWatch) {
            defer { watch.close() }
            while !stopped.isSet {
                var batch = watch.read(waitingUpTo: 0.2)
                guard !batch.isEmpty else { continue }
                // Collect until a quiet period passes with nothing new, for at most a few periods in a steady stream.
                let deadline = Date().addingTimeInterval(max(0.15, quietPeriod * 8))
                while Date() < deadline {
                    let more = watch.read(waitingUpTo: quietPeriod)
                    if more.isEmpty { break }
                    batch.formUnion(more)
                }
                if !stopped.isSet { onChange(batch) }
            }
        }
    #endif

    private func pollLoop(from first: FolderSnapshot) {
        var before = first
        while !stopped.isSet {
            Thread.sleep(forTimeInterval: pollInterval)
            let after = FolderSnapshot(roots: roots)
            let changed = before.changes(to: after)
            before = after
            if !changed.isEmpty, !stopped.isSet { onChange(changed) }
        }
    }

    /// Whether a file's name says it is an editor's or the system's scratch file, which the content loader does
    /// not read either: hidden files (`.x.swp`, `.DS_Store`), backups (`x~`) and vim's probe `4913`.
    static func isScratch(_ name: Substring) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913"
    }
}

/// A flag one thread sets and another reads.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// Every file under some folders with its size and modification time, for the polling watcher.
struct FolderSnapshot: Equatable {
    var files: [String: FileStamp] = [:]

    struct FileStamp: Equatable {
        var size: Int
        var modified: Date
    }

    init(roots: [URL]) {
        let keys: [URLResourceKey] = [.isDirectoryKey, .fileSizeKey, .contentModificationDateKey]
        for root in roots {
            guard
                let walk = FileManager.default.enumerator(
                    at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
            else { continue }
            for case let url as URL in walk {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isDirectory != true,
                    !FolderWatcher.isScratch(url.lastPathComponent[...])
                else { continue }
                files[url.standardizedFileURL.path] = FileStamp(
                    size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
            }
        }
    }

    /// The files added, changed or removed since `self`.
    func changes(to after: FolderSnapshot) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in after.files where files[path] != stamp { changed.insert(path) }
        for path in files.keys where after.files[path] == nil { changed.insert(path) }
        return changed
    }
}
