import Foundation

extension SiteFiles {
    /// Addresses that leave the site: left to the browser-stage link checker.
    public static func isExternal(_ link: String) -> Bool {
        ["http://", "https://", "mailto:", "tel:"].contains { link.lowercased().hasPrefix($0) }
    }

    /// Where a relative `link` on the page at `path` leads: a site path and a fragment, or why it leads nowhere.
    public static func resolve(
        _ link: String, from path: String, baseURL: String? = nil
    ) -> Result<(path: String, fragment: String?), LinkProblem> {
        // 404 pages link absolutely to the site's base URL: resolve such links from the site root.
        if let baseURL, link.hasPrefix(baseURL) { return resolve(String(link.dropFirst(baseURL.count)), from: "index.html") }
        let problem = { (reason: String) in Result<(path: String, fragment: String?), LinkProblem>.failure(LinkProblem(file: path, link: link, reason: reason)) }
        if link.isEmpty { return problem("empty link") }
        if link.hasPrefix("/") { return problem("root-relative link: breaks when the site is not at the host's root") }
        if link.contains("\\") { return problem("backslash in link") }
        var address = link
        var fragment: String?
        if let hash = address.firstIndex(of: "#") {
            fragment = String(address[address.index(after: hash)...])
            address = String(address[..<hash])
        }
        if address.contains("?") { return problem("query in a static link") }
        if address.isEmpty { return .success((path, fragment)) }
        guard let decoded = address.removingPercentEncoding else { return problem("bad percent-encoding") }
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return problem("leads above the site root") }
                parts.removeLast()
            case "": return problem("empty path segment")
            default: parts.append(String(part))
            }
        }
        return .success((parts.joined(separator: "/"), fragment))
    }

    /// Every `href`/`src` of every HTML page (and SVG, feed) that is root-relative or does not lead to a file of
    /// the site, or to an `id` in it where it has a fragment.
    public func linkProblems(in checked: [String]? = nil) -> [LinkProblem] {
        let pages = checked ?? paths.filter { $0.hasSuffix(".html") || $0.hasSuffix(".svg") || $0.hasSuffix(".xml") }
        var idCache: [String: Set<String>] = [:]
        var problems: [LinkProblem] = []
        for page in pages {
            for link in HTMLScan.links(in: self[page]) where !Self.isExternal(link) {
                switch Self.resolve(link, from: page) {
                case .failure(let problem):
                    problems.append(problem)
                case .success(let target):
                    guard files[target.path] != nil else {
                        problems.append(LinkProblem(file: page, link: link, reason: "no file \(target.path)"))
                        continue
                    }
                    guard let fragment = target.fragment else { continue }
                    let ids = idCache[target.path] ?? HTMLScan.ids(in: self[target.path])
                    idCache[target.path] = ids
                    if !ids.contains(fragment) {
                        problems.append(LinkProblem(file: page, link: link, reason: "no id \"\(fragment)\" in \(target.path)"))
                    }
                }
            }
        }
        return problems
    }
}

/// A link that leads nowhere, as a test reports it.
public struct LinkProblem: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var link: String
    public var reason: String

    public var description: String { "\(file): \(link): \(reason)" }
}
