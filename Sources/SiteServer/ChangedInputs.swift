import SitePages

/// Names the inputs a watcher saw change as a plan's dependencies name them (`InputName`), so that the
/// incremental builder can tell which files they reach.
struct ChangedInputs {
    /// The content and theme folders, as the watcher reports paths (absolute, symbolic links resolved).
    var content: String
    var assets: String

    /// The input names of `paths`; paths outside both folders are left out.
    func names(_ paths: Set<String>) -> Set<String> {
        var names = Set<String>()
        for path in paths {
            if let relative = Self.relative(path, to: content) {
                names.insert(InputName.contentFile(relative))
            } else if let relative = Self.relative(path, to: assets) {
                names.insert(InputName.assetsFile(relative))
            }
        }
        return names
    }

    private static func relative(_ path: String, to folder: String) -> String? {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
        return String(path.dropFirst(prefix.count))
    }
}
