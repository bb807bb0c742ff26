import Foundation

/// The file that tells a folder written by `almanac build` from anything else, so a build replaces only its own
/// earlier output and never a folder the user pointed `--output` at by mistake.
enum SiteMarker {
    static let fileName = ".almanac-site"
    static let contents = Array("Almanac site output; this folder is replaced on every build.\n".utf8)

    /// Whether `folder` holds the marker as a regular file (a symbolic link named like it does not count).
    static func isPresent(in folder: URL) -> Bool {
        let marker = folder.appendingPathComponent(fileName).path
        let type = try? FileManager.default.attributesOfItem(atPath: marker)[.type] as? FileAttributeType
        return type == .typeRegular
    }
}
