import Foundation

/// Deletes a folder a build left beside the output, even one whose folders were made read-only.
///
/// A site folder that someone made read-only (`chmod -R a-w site`) can still be moved aside by the swap, but its
/// files cannot be deleted until its folders are writable again. Without this, every later build would stop at
/// the same undeletable leftover. The folders are ours (written by a build), so giving them back write permission
/// loses nothing.
enum LeftoverRemoval {
    /// Removes `folder`; the reason when it cannot be removed, nil when it is gone.
    static func remove(_ folder: URL, injection: FailureInjection) -> String? {
        if injection.stops(at: .removingLeftover) { return "Operation not permitted (injected by a test)" }
        let manager = FileManager.default
        if (try? manager.removeItem(at: folder)) != nil { return nil }
        makeFoldersWritable(folder)
        do {
            try manager.removeItem(at: folder)
            return nil
        } catch {
            return error.localizedDescription
        }
    }

    /// Adds owner read, write and search permission to `folder` and the folders below it, never following a link.
    private static func makeFoldersWritable(_ folder: URL) {
        var pending = [folder.path]
        while let path = pending.popLast() {
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { continue }
            _ = chmod(path, (status.st_mode & 0o7777) | 0o700)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            pending += names.map { path + "/" + $0 }
        }
    }
}
