import Foundation

/// Resolves paths through symbolic links, including paths whose last folders do not exist yet.
enum RealPath {
    /// `url` with every symbolic link in its longest existing prefix resolved, and the rest appended unchanged.
    static func resolving(_ url: URL) -> URL {
        var missing: [String] = []
        var existing = url.standardizedFileURL
        while true {
            if let resolved = realpath(existing.path, nil) {
                defer { free(resolved) }
                var result = URL(fileURLWithPath: String(cString: resolved), isDirectory: true)
                for name in missing.reversed() { result.appendPathComponent(name) }
                return result
            }
            if existing.path == "/" { return url.standardizedFileURL }
            missing.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
    }

    /// The names along an absolute path, without empty ones: `/` is `[]`, `/a/b` is `["a", "b"]`.
    static func components(of url: URL) -> [String] {
        url.path.split(separator: "/").map(String.init)
    }

    /// Whether `ancestor` is a strict prefix of `path`, compared whole component by whole component.
    static func isAncestor(_ ancestor: [String], of path: [String]) -> Bool {
        path.count > ancestor.count && path.starts(with: ancestor)
    }
}
