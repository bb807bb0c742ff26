/// An address from content that is safe to print in an `href` or `src`: it can only be made by `check`, so a
/// page that prints a `WebAddress` prints a checked one.
///
/// The one checker of the project: `site.yml` addresses, `--base-url`, `sources.csv` URLs and Markdown link
/// destinations all go through it, and Markdown's renderer empties what it refuses. Allowed are `https:` and
/// `http:` with a host, `mailto:` and `tel:` where a link may be one, and relative references (a path, `?query`
/// or `#fragment`). Everything else is refused rather than escaped: other schemes (`javascript:`, `data:`,
/// `vbscript:`, `file:`…), control characters, spaces and line breaks (browsers drop or mend them, which is how
/// `java\tscript:` gets through), backslashes (browsers read them as `/`) and protocol-relative `//host`.
public struct WebAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address exactly as written.
    public let text: String

    private init(_ text: String) { self.text = text }

    public var description: String { text }

    /// What a field accepts.
    public enum Form: Sendable {
        /// `https://host…` or `http://host…` only: base URLs, licence and source addresses, printed on pages at
        /// every depth and in downloads, where a relative address would point somewhere else on each.
        case absolute
        /// An absolute address without `?query` or `#fragment`, since page paths are appended to it: base URLs.
        case base
        /// An absolute address, `mailto:`, `tel:`, or a reference relative to the page: Markdown links.
        case link
    }

    /// Why an address is refused; `reason` completes a message such as `bad url "…": <reason>`.
    public enum Problem: Error, Hashable, Sendable {
        case empty
        case forbiddenCharacter(Unicode.Scalar)
        case protocolRelative
        case scheme(String)
        case noHost
        case notAbsolute
        case queryInBase

        public var reason: String {
            switch self {
            case .empty: "the address is empty"
            case .forbiddenCharacter(let scalar) where scalar == " ": "it contains a space (write %20)"
            case .forbiddenCharacter(let scalar) where scalar == "\\": "it contains a backslash (use /)"
            case .forbiddenCharacter(let scalar):
                "it contains the invisible or control character \(ControlCharacters.name(scalar))"
            case .protocolRelative: "an address starting with // has no scheme; write https://…"
            case .scheme(let scheme): "\(scheme): addresses are not allowed; use https:// or http://"
            case .noHost: "it names no host; write https://example.org/…"
            case .notAbsolute: "use an absolute http:// or https:// address"
            case .queryInBase: "page paths are added to this address, so it cannot hold ? or #"
            }
        }
    }

    private static let webSchemes: Set<String> = ["https", "http"]
    private static let linkOnlySchemes: Set<String> = ["mailto", "tel"]

    /// The address, or why `text` cannot be printed as one in `form`.
    public static func check(_ text: String, as form: Form) -> Result<WebAddress, Problem> {
        guard !text.isEmpty else { return .failure(.empty) }
        if let bad = text.unicodeScalars.first(where: isForbidden) { return .failure(.forbiddenCharacter(bad)) }
        if text.hasPrefix("//") { return .failure(.protocolRelative) }
        guard let scheme = scheme(of: text) else {
            return form == .link ? .success(WebAddress(text)) : .failure(.notAbsolute)
        }
        let lowered = scheme.lowercased()
        if webSchemes.contains(lowered) {
            let rest = text.dropFirst(scheme.count + 1)
            let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            guard rest.hasPrefix("//"), !host.isEmpty else { return .failure(.noHost) }
            if form == .base, text.contains("?") || text.contains("#") { return .failure(.queryInBase) }
            return .success(WebAddress(text))
        }
        if form == .link, linkOnlySchemes.contains(lowered) { return .success(WebAddress(text)) }
        return .failure(.scheme(scheme))
    }

    /// The address as a base that page paths are appended to: it ends with `/`.
    public var asBase: WebAddress { text.hasSuffix("/") ? self : WebAddress(text + "/") }

    /// The scheme of `text` (before the first `:` that comes before any `/`, `?` or `#`), or nil for a
    /// relative reference. Any such colon counts: a relative path cannot hold one in its first segment.
    private static func scheme(of text: String) -> String? {
        guard let end = text.firstIndex(where: { $0 == ":" || $0 == "/" || $0 == "?" || $0 == "#" }),
            text[end] == ":"
        else { return nil }
        return String(text[..<end])
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\\" || ControlCharacters.isControl(scalar) || ControlCharacters.isBidiControl(scalar) {
            return true
        }
        // Tab and line breaks too (not controls in prose), any space, and invisible format characters.
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
