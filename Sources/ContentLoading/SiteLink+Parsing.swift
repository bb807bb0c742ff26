import SiteModel

/// The one reader of the site-object link syntax (`indicator:<id>`, `region:<code>`, `document:<slug>`,
/// `page:<slug>`, each with an optional `#fragment`). The loader parses every link with it; pages only print
/// the `SiteLink` it gives, so what the check accepts is exactly what the page links to.
enum SiteLinkSyntax {
    /// The link schemes that name site objects, as the format documents them.
    static let schemes = ["indicator", "region", "document", "page"]

    /// A fragment names an anchor of the target page (`p2`, `s1`, an id): letters, digits, `-`, `_` and `.`.
    static let fragmentRule = "a #fragment may hold only letters, digits, -, _ and ."

    /// Nil where `destination` does not use a site-object scheme; else the link, or why it is malformed.
    static func parse(_ destination: String) -> Result<SiteLink, SiteLinkProblem>? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = String(destination[..<colon])
        guard schemes.contains(scheme) else { return nil }
        var rest = destination[destination.index(after: colon)...]
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if rest.contains("?") { return .failure(.query) }
        if let fragment, fragment.isEmpty || !fragment.unicodeScalars.allSatisfy(isFragmentScalar) {
            return .failure(.fragment(fragment))
        }
        let id = String(rest)
        let target: SiteLink.Target
        switch scheme {
        case "indicator": target = .indicator(IndicatorID(id))
        case "region": target = .region(RegionCode(id))
        case "document": target = .document(DocumentSlug(id))
        default: target = .page(PageSlug(id))
        }
        return .success(SiteLink(target: target, fragment: fragment))
    }

    private static func isFragmentScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
    }
}

/// Why a site-object link cannot be printed as written.
enum SiteLinkProblem: Error, Equatable {
    /// `indicator:x?y=1`: pages take no query, and a query would be dropped or make a broken link.
    case query
    case fragment(String)

    var message: String {
        switch self {
        case .query: "a link to a site object cannot have a query (?…); link the object itself, e.g. indicator:<id>"
        case .fragment(let fragment): "bad fragment \(quoted("#" + fragment)): \(SiteLinkSyntax.fragmentRule)"
        }
    }
}
