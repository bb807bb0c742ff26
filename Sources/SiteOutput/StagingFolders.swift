import Foundation

/// The hidden folders a build keeps beside the output: `.site.staging-<pid>` while writing, and `.site.old-<pid>`
/// for the previous site during the swap. The process id in the name tells whose folder it is, so one left behind by
/// a killed build can be told from one that a running build is still using.
struct StagingFolders: Sendable {
    let destination: Destination
    let processID: Int32

    var staging: URL { folder(kind: "staging", processID: processID) }
    var old: URL { folder(kind: "old", processID: processID) }

    private static let kinds = ["staging", "old"]

    private func folder(kind: String, processID: Int32) -> URL {
        destination.parent.appendingPathComponent(".\(destination.name).\(kind)-\(processID)", isDirectory: true)
    }

    /// Removes the staging and old folders of builds of this output that are no longer running.
    ///
    /// The caller holds this output's claim in `ActiveBuilds`, so a folder named with this process's own id was
    /// left by an earlier process that had the same id (in a container every run may be process 1).
    func removeStale() throws(OutputError) {
        let manager = FileManager.default
        let entries = (try? manager.contentsOfDirectory(atPath: destination.parent.path)) ?? []
        for entry in entries.sorted() {
            guard let owner = owningProcess(ofEntry: entry) else { continue }
            let url = destination.parent.appendingPathComponent(entry)
            guard owner == processID || !isRunning(owner) else { continue }
            do {
                try manager.removeItem(at: url)
            } catch {
                throw .cannotStage(url.path, reason: "cannot remove the folder left by an earlier build: \(error.localizedDescription)")
            }
        }
    }

    /// The process id in `entry` if it is one of this output's staging or old folders.
    private func owningProcess(ofEntry entry: String) -> Int32? {
        for kind in Self.kinds {
            let prefix = ".\(destination.name).\(kind)-"
            guard entry.hasPrefix(prefix) else { continue }
            let digits = entry.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int32(digits)
        }
        return nil
    }

    /// Whether a process with this id exists; `EPERM` means it exists but belongs to another user.
    private func isRunning(_ process: Int32) -> Bool {
        process > 0 && (kill(process, 0) == 0 || errno == EPERM)
    }
}

/// Outputs that a build in this process is writing, so that a second build of the same output in one process is
/// refused rather than left to take the first one's staging folder for stale and delete it.
final class ActiveBuilds: @unchecked Sendable {
    static let shared = ActiveBuilds()

    private let lock = NSLock()
    private var destinations: Set<String> = []

    /// Records a build of `destination`; false if one is already running.
    func claim(_ destination: Destination) -> Bool {
        lock.withLock { destinations.insert(destination.url.path).inserted }
    }

    func release(_ destination: Destination) {
        _ = lock.withLock { destinations.remove(destination.url.path) }
    }
}
