import Foundation

/// The rule that keeps every read inside the folder it belongs to (the content folder, the assets folder), whatever
/// symbolic links lie on the way.
///
/// Readers open files by the names they find, and a name may be a symbolic link, or pass through a linked folder,
/// that leads anywhere: a link to `/etc/passwd` in `static/` would be published. So before a file is read, its real
/// path (every link of every component resolved, as `realpath` does) must lie inside the real path of its root
/// folder; a link that stays inside is followed like any file. One rule in one place, for the content loader and
/// the theme loader alike: it lives here because those two share no module but this one, and it needs nothing but
/// Foundation. (SiteOutput's `RealPath` answers another question, where a folder that may not exist yet will be,
/// and SiteOutput depends on nothing.)
public struct ContainedPath: Sendable {
    /// The root folder as given, e.g. `content`.
    public let root: String
    /// The components of the root's real path; nil when the root does not exist, so nothing can be read anyway.
    private let realRoot: [Substring]?

    public init(root: String) {
        self.root = root
        realRoot = Self.realPath(root).map(Self.components)
    }

    /// The real path `path` leads to when that lies outside the root folder; nil when it lies inside, or when it
    /// does not exist (a dangling link is then reported as the missing file it is).
    public func outsideTarget(of path: String) -> String? {
        guard let realRoot, let real = Self.realPath(path) else { return nil }
        let components = Self.components(real)
        return components.starts(with: realRoot) ? nil : real
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func components(_ path: String) -> [Substring] {
        path.split(separator: "/")
    }
}
