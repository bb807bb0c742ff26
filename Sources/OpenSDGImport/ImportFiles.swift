import Foundation

/// Reading files of the repository being imported.
enum ImportFiles {
    /// The file as UTF-8 text without a byte order mark; nil when it cannot be read or is not UTF-8.
    static func text(_ url: URL) -> String? {
        guard let data = try? Data(contentsOf: url), var text = String(data: data, encoding: .utf8) else {
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Names of the regular, visible files in `folder`, sorted; empty when the folder does not exist.
    static func names(in folder: URL) -> [String] {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && files.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
