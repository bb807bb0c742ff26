/// Links from one page to many pages of one folder — every region of a ranking, every indicator of a profile —
/// with the way up and down between the two folders found once: `Route.link(to:)` splits both paths on every call,
/// and on a table of thousands of rows that was a tenth of a build.
struct FolderLinks {
    private let source: Route
    /// The target folder's path, ending in `/`.
    private let folder: String
    /// The relative path from `source` into `folder`, ending in `/` or empty.
    private let prefix: String

    /// Links from `source` to routes in the folder of `sample`.
    init(from source: Route, toFolderOf sample: Route) {
        self.source = source
        folder = sample.folder
        // relativePath compares folders only, so any file name in `folder` gives the same way there.
        prefix = String(Route.relativePath(from: source.path, to: folder + "x").dropLast())
    }

    /// `source.link(to: target)`, the same text.
    func link(to target: Route) -> String {
        let path = target.path
        guard path.hasPrefix(folder) else { return source.link(to: target) }
        let name = path.dropFirst(folder.count)
        guard !name.isEmpty, !name.contains("/") else { return source.link(to: target) }
        return prefix + name
    }
}

extension Route {
    /// The folder the file lies in, ending in `/`, or empty at the site's root: what a relative link from the file
    /// depends on.
    var folder: String {
        let path = self.path
        return path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    }
}
