import Markdown
import SiteModel
import Yams

/// The site objects that Markdown may link to or chart.
struct MarkdownReferences {
    var indicators: Set<IndicatorID>
    var regions: Set<RegionCode>
    var documents: Set<DocumentSlug>
    var pages: Set<PageSlug>
    /// The dimension columns of each indicator's data file.
    var dimensions: [IndicatorID: [String]]
    var allowsRawHTML: Bool
}

extension LoadState {
    /// The link schemes that name site objects: `[text](indicator:maternal-mortality-ratio)`.
    static let siteLinkSchemes = ["indicator", "region", "document", "page"]
    /// Schemes other than site objects that are fine without `//`.
    private static let plainSchemes: Set<String> = ["mailto", "tel"]

    /// Checks a file's links, chart blocks and raw HTML, and stores its validated charts in `file.body.charts`.
    mutating func checkMarkdown(_ file: inout MarkdownFile, references: MarkdownReferences) {
        for link in file.outline.links {
            if let problem = linkProblem(link.destination, references: references) {
                error(problem, file.path, line: file.fileLine(link.position), column: link.position.column)
            }
        }
        file.body.charts = file.outline.charts.compactMap { chartSpec($0, in: file, references: references) }
        if !references.allowsRawHTML {
            for position in file.outline.rawHTML {
                warning(
                    "raw HTML is dropped; set markdown.raw_html in site.yml to keep it", file.path,
                    line: file.fileLine(position), column: position.column)
            }
        }
    }

    /// Why a link destination is wrong, or nil: site objects must exist, and a `scheme:` that is neither a site
    /// object, nor `scheme://`, nor mail or phone is most likely a misspelt site object.
    private func linkProblem(_ destination: String, references: MarkdownReferences) -> String? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = String(destination[..<colon])
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
            scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || "0123456789+.-".unicodeScalars.contains($0)) })
        else { return nil }
        let rest = destination[destination.index(after: colon)...]
        let target = String(rest.prefix { $0 != "#" && $0 != "?" })
        let known: Bool
        switch scheme {
        case "indicator": known = references.indicators.contains(IndicatorID(target))
        case "region": known = references.regions.contains(RegionCode(target))
        case "document": known = references.documents.contains(DocumentSlug(target))
        case "page": known = references.pages.contains(PageSlug(target))
        default:
            if rest.hasPrefix("//") || Self.plainSchemes.contains(scheme.lowercased()) { return nil }
            let schemes = Self.siteLinkSchemes.map { "\($0):" }
            return "unknown link scheme \(quoted(scheme + ":")): link site objects with \(alternatives(schemes))"
                + " and web pages with https://"
        }
        return known ? nil : "link to unknown \(scheme) \(quoted(target))"
    }
}
