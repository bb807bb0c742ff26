import Foundation

/// The output folder, resolved to its real location and checked to be a folder a build may replace wholesale.
///
/// Every later step (staging beside it, swapping it) works on the resolved path, so a symbolic link in a parent
/// folder cannot make the comparisons with the content, assets and home folders miss.
struct Destination: Sendable {
    /// The folder the output is put in; its own name is kept as given, never followed if it is a link.
    let parent: URL
    /// The output folder's own name, e.g. `site`.
    let name: String

    var url: URL { parent.appendingPathComponent(name, isDirectory: true) }

    init(checking destination: URL, contentDirectory: URL?, assetsDirectory: URL? = nil) throws(OutputError) {
        let given = destination.standardizedFileURL
        let shown = given.path
        guard given.path != "/" else { throw .unsafeDestination(shown, reason: "it is the root folder") }
        parent = RealPath.resolving(given.deletingLastPathComponent())
        name = given.lastPathComponent
        let resolved = RealPath.components(of: url)

        let home = RealPath.components(of: RealPath.resolving(FileManager.default.homeDirectoryForCurrentUser))
        if resolved == home { throw .unsafeDestination(shown, reason: "it is the home folder") }
        if RealPath.isAncestor(resolved, of: home) {
            throw .unsafeDestination(shown, reason: "it contains the home folder")
        }
        // The output is replaced wholesale and published whole: inside the theme, each build would publish the
        // previous site again inside the new one; being or containing an input, a build would delete it.
        let inputs = [("content", contentDirectory), ("assets", assetsDirectory)]
        for case let (role, folder?) in inputs {
            let input = RealPath.components(of: RealPath.resolving(folder.standardizedFileURL))
            if resolved == input { throw .unsafeDestination(shown, reason: "it is the \(role) folder") }
            if RealPath.isAncestor(resolved, of: input) {
                throw .unsafeDestination(shown, reason: "it contains the \(role) folder")
            }
            if RealPath.isAncestor(input, of: resolved) {
                throw .unsafeDestination(shown, reason: "it is inside the \(role) folder")
            }
        }
        try checkReplaceable()
    }

    /// Refuses an output path that is a file or link, or a non-empty folder without the site marker.
    ///
    /// Checked when the build starts and again just before the swap, since the folder may change in between.
    func checkReplaceable() throws(OutputError) {
        let path = url.path
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: path) else { return }
        guard attributes[.type] as? FileAttributeType == .typeDirectory else { throw .destinationNotAFolder(path) }
        // A folder that cannot be listed is not known to be empty; replacing it could destroy what it hides.
        guard let entries = try? manager.contentsOfDirectory(atPath: path) else { throw .foreignDestination(path) }
        if !entries.isEmpty, !SiteMarker.isPresent(in: url) { throw .foreignDestination(path) }
    }
}
