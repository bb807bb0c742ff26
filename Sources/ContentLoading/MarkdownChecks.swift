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
    /// Checks a file's links, chart blocks and raw HTML; stores its validated charts in `file.body.charts`, its
    /// parsed site-object links in `file.body.siteLinks` and its claims about data in `file.body.claims`.
    mutating func checkMarkdown(_ file: inout MarkdownFile, references: MarkdownReferences) {
        for link in file.outline.links {
            let place = location(file.path, line: file.fileLine(link.position), column: link.position.column)
            if ClaimSyntax.isClaim(link.destination) {
                switch ClaimSyntax.parse((link.destination, link.text), at: place, references: references) {
                case .success(let claim): file.body.claims.append(claim)
                case .failure(let problems): problems.messages.forEach { report(.error($0, at: place, code: "claim.syntax")) }
                }
                continue
            }
            if let siteLink = checkedLink(link.destination, references: references, at: place) {
                file.body.siteLinks[link.destination] = siteLink
            }
        }
        file.body.charts = file.outline.charts.compactMap { chartSpec($0, in: file, references: references) }
        if !references.allowsRawHTML {
            for position in file.outline.rawHTML {
                warning(
                    "raw HTML is dropped; set markdown.raw_html in site.yml to keep it", file.path,
                    line: file.fileLine(position), column: position.column, code: "markdown.raw-html-dropped")
            }
        }
    }

    /// The site-object link a destination names, if it names one; reports a malformed link, a link to an object
    /// that does not exist, and any other address `WebAddress` refuses (an unknown scheme is most likely a
    /// misspelt site object).
    private mutating func checkedLink(
        _ destination: String, references: MarkdownReferences, at place: SourceLocation
    ) -> SiteLink? {
        switch SiteLinkSyntax.parse(destination) {
        case .success(let link)?:
            if let unknown = unknownTarget(link.target, references: references) {
                report(.error(unknown, at: place, code: "link.unknown-target"))
                return nil
            }
            return link
        case .failure(let problem)?:
            report(.error(problem.message, at: place))
            return nil
        case nil:
            switch WebAddress.check(destination, as: .link) {
            case .success: break
            case .failure(.scheme(let scheme)):
                let schemes = SiteLinkSyntax.schemes.map { "\($0):" }
                report(
                    .error(
                        "unknown link scheme \(quoted(scheme + ":")): link site objects with \(alternatives(schemes))"
                            + " and web pages with https://", at: place))
            case .failure(let problem):
                report(.error("bad link \(quoted(destination)): \(problem.reason)", at: place))
            }
            return nil
        }
    }

    /// The message for a link to an object the site does not have, or nil.
    private func unknownTarget(_ target: SiteLink.Target, references: MarkdownReferences) -> String? {
        switch target {
        case .indicator(let id):
            references.indicators.contains(id) ? nil : "link to unknown indicator \(quoted(id.rawValue))"
        case .region(let code):
            references.regions.contains(code) ? nil : "link to unknown region \(quoted(code.rawValue))"
        case .document(let slug):
            references.documents.contains(slug) ? nil : "link to unknown document \(quoted(slug.rawValue))"
        case .page(let slug):
            references.pages.contains(slug) ? nil : "link to unknown page \(quoted(slug.rawValue))"
        }
    }
}
