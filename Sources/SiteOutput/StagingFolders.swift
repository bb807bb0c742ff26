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

    /// A staging or old folder of this output whose build is no longer running.
    private struct Leftover {
        let url: URL
        let isPreviousSite: Bool
        let ownedByThisProcessID: Bool
    }

    /// Puts back a previous site that a stopped build had moved aside, then removes the folders of builds of this
    /// output that are no longer running; returns what the person running the build should know.
    ///
    /// A build killed between the two renames of its commit leaves no output folder and the previous site in
    /// `.site.old-<pid>`: that folder is then the only copy of the site, so it is moved back before anything else,
    /// and an old folder is deleted only while the output folder exists. The caller holds this output's claim in
    /// `ActiveBuilds`, so a folder named with this process's own id was left by an earlier process that had the same
    /// id (in a container every run may be process 1). A leftover that cannot be deleted is reported and left, so it
    /// never blocks later builds; only one named with this process id, in the way of this build's own folders,
    /// stops it.
    func restoreAndRemoveLeftovers(injection: FailureInjection) throws(OutputError) -> [String] {
        var notices: [String] = []
        var leftovers = findLeftovers()
        let output = destination.url
        if !FileManager.default.fileExists(atPath: output.path),
            let previous = Self.newest(leftovers.filter(\.isPreviousSite))
        {
            let failure: String? =
                injection.stops(at: .puttingBack) ? "injected by a test"
                : rename(previous.url.path, output.path) == 0 ? nil : SystemFailure().message
            if let failure {
                throw .cannotStage(
                    output.path,
                    reason: "the previous site is in \(previous.url.path) and cannot be moved back: \(failure); "
                        + "move it back to \(output.path) by hand")
            }
            notices.append(
                "\(output.path) was missing; the previous site was put back from \(previous.url.path), "
                    + "where a build that was stopped had left it")
            leftovers.removeAll { $0.url == previous.url }
        }
        for leftover in leftovers {
            if let failure = LeftoverRemoval.remove(leftover.url, injection: injection) {
                let reason = "cannot remove the folder left by an earlier build: \(failure)"
                if leftover.ownedByThisProcessID {
                    throw .cannotStage(leftover.url.path, reason: reason + "; remove it by hand")
                }
                notices.append("\(leftover.url.path): \(reason); it is left there, remove it by hand")
            }
        }
        return notices
    }

    private func findLeftovers() -> [Leftover] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: destination.parent.path)) ?? []
        return entries.sorted().compactMap { entry in
            guard let (kind, owner) = Self.owner(ofEntry: entry, outputName: destination.name),
                owner == processID || !isRunning(owner)
            else {
                return nil
            }
            return Leftover(
                url: destination.parent.appendingPathComponent(entry, isDirectory: true),
                isPreviousSite: kind == "old", ownedByThisProcessID: owner == processID)
        }
    }

    /// The most recently changed of `sites`, the one a stopped build had just moved aside; ties go by name.
    private static func newest(_ sites: [Leftover]) -> Leftover? {
        func changed(_ site: Leftover) -> Date {
            let attributes = try? FileManager.default.attributesOfItem(atPath: site.url.path)
            return attributes?[.modificationDate] as? Date ?? .distantPast
        }
        return sites.max { (changed($0), $0.url.path) < (changed($1), $1.url.path) }
    }

    /// The kind and process id in `entry` if it is one of the staging or old folders of the output `outputName`.
    static func owner(ofEntry entry: String, outputName: String) -> (kind: String, process: Int32)? {
        for kind in kinds {
            let prefix = ".\(outputName).\(kind)-"
            guard entry.hasPrefix(prefix) else { continue }
            let digits = entry.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int32(digits).map { (kind, $0) }
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

extension StagedOutput {
    /// Where the previous site is when the output folder is missing but a build left it aside, else nil.
    ///
    /// After a failed build this tells the closing line whether "the output was left as it was" is true: it is not
    /// when a commit could neither put the new site in place nor move the previous one back.
    public static func previousSiteAside(of destination: URL) -> String? {
        let output = destination.standardizedFileURL
        guard !FileManager.default.fileExists(atPath: output.path) else { return nil }
        let parent = output.deletingLastPathComponent()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        let aside = entries.sorted().first { entry in
            StagingFolders.owner(ofEntry: entry, outputName: output.lastPathComponent)?.kind == "old"
        }
        return aside.map { parent.appendingPathComponent($0).path }
    }
}
