import Foundation

extension StagedOutput {
    /// Puts the staged site in place of the output folder; afterwards the staging folder is gone.
    ///
    /// The swap is two renames within one parent folder: the previous site is moved aside, the staging folder takes
    /// its name, and only then is the previous site deleted. If the second rename fails, the previous site is moved
    /// back and the staged one removed, so the output folder is never left missing or half written. A build killed
    /// between the renames leaves the previous site in the old folder, and the next build puts it back first. A
    /// previous site that cannot be deleted once the new one is in place is a notice, not a failure: the site is
    /// built, and the next build tries again.
    public func commit() throws(OutputError) {
        let output = destination.url.path
        guard finish(as: .committed) else {
            throw .cannotCommit(output, reason: "the output was already committed or discarded")
        }
        defer { ActiveBuilds.shared.release(destination) }
        let staging = folders.staging.path
        let old = folders.old.path
        do {
            try destination.checkReplaceable()
        } catch {
            removeStaging()
            throw error
        }
        let hadPrevious = FileManager.default.fileExists(atPath: output)
        if hadPrevious, rename(output, old) != 0 {
            let failure = SystemFailure()
            removeStaging()
            throw .cannotCommit(
                output, reason: "cannot move the previous site aside: \(failure.message); it is unchanged")
        }
        if injection.stops(at: .betweenRenames) {
            throw .cannotCommit(output, reason: "stopped between the renames by a test")
        }
        if rename(staging, output) != 0 {
            let failure = SystemFailure()
            removeStaging()
            guard hadPrevious else { throw .cannotCommit(output, reason: failure.message) }
            guard rename(old, output) == 0 else {
                throw .cannotCommit(
                    output,
                    reason: "\(failure.message); the previous site could not be moved back from \(old), "
                        + "the next build puts it back")
            }
            throw .cannotCommit(output, reason: "\(failure.message); the previous site is unchanged")
        }
        if hadPrevious, let failure = LeftoverRemoval.remove(folders.old, injection: injection) {
            addNotice(
                "\(old): the new site is in place, but the previous one could not be removed: \(failure); "
                    + "the next build tries again")
        }
    }

    /// Removes the staging folder, leaving any previous site as it was; safe to call twice, or after `commit()`.
    public func discard() {
        guard finish(as: .discarded) else { return }
        removeStaging()
        ActiveBuilds.shared.release(destination)
    }

    private func removeStaging() {
        try? FileManager.default.removeItem(at: folders.staging)
    }
}
