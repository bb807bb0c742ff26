import Foundation

/// Where a request's path leads in the served folder. Every segment is checked after percent-decoding, so
/// neither `..` nor `%2e%2e` nor an encoded slash or backslash can lead outside the folder, and a symbolic link
/// inside it is followed only to somewhere still inside.
public enum RequestPath: Equatable, Sendable {
    /// A file to send.
    case file(URL)
    /// A folder asked for without its closing slash: the browser is sent to `location`, so relative links in the
    /// folder's index page resolve as on the published site.
    case redirect(location: String)
    case notFound
    /// A path that tries to leave the folder or names what no site file can be called.
    case forbidden

    /// Resolves `rawPath`, the path of the request line as sent (percent-encoded, without the query).
    public static func resolve(_ rawPath: String, in root: URL) -> RequestPath {
        guard let segments = segments(of: rawPath) else { return .forbidden }
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var url = URL(fileURLWithPath: rootPath, isDirectory: true)
        for segment in segments { url.appendPathComponent(segment) }

        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            guard rawPath.hasSuffix("/") else { return .redirect(location: rawPath + "/") }
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue
            else { return .notFound }
        }
        let real = url.resolvingSymlinksInPath().path
        guard real.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else { return .forbidden }
        return .file(URL(fileURLWithPath: real))
    }

    /// The site file a request for `rawPath` asks for, as the plan names it (`zh/indicators/x/index.html` for
    /// `/zh/indicators/x/`), whether or not it is written yet; nil for a path that could step outside the folder.
    public static func sitePath(of rawPath: String) -> String? {
        guard let segments = segments(of: rawPath) else { return nil }
        return (segments + (rawPath.hasSuffix("/") ? ["index.html"] : [])).joined(separator: "/")
    }

    /// The decoded segments of `rawPath`, or nil when one of them could step outside the folder.
    static func segments(of rawPath: String) -> [String]? {
        guard rawPath.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding else { return nil }
            let forbidden = segment == "." || segment == ".." || segment.contains("/") || segment.contains("\\")
                || segment.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            guard !forbidden else { return nil }
            segments.append(segment)
        }
        return segments
    }
}
