import Foundation
import Testing
import TestSupport

/// The example site as a reader finds it: every figure of `content/data` on a page, breakdowns, citations and
/// embeds in both languages, and pages small enough to read on a phone.
@Suite struct ExampleSiteReaderTests {
    static let content = PackagePaths.root.appendingPathComponent("content")
    static let rendered: Result<SiteFiles, any Error> = Result { try RenderedSite.render(contentDirectory: content) }

    @Test func everyObservationInContentDataIsPrintedOnAPage() throws {
        try ObservationCoverage.check(try Self.rendered.get(), contentDirectory: Self.content)
    }

    @Test func hospitalDeliveryShowsUrbanAndRural() throws {
        let site = try Self.rendered.get()
        let zh = site.page("zh/indicators/hospital-delivery-rate.html")
        #expect(zh.contains("<th scope=\"row\">甘肃省：城市</th><td class=\"num\">99.32</td>"))
        #expect(zh.contains("<th scope=\"row\">甘肃省：农村</th><td class=\"num\">97.90</td>"))
        let en = site.page("en/indicators/hospital-delivery-rate.html")
        #expect(en.contains("<th scope=\"row\">Gansu Province: Urban</th><td class=\"num\">99.32</td>"))
        #expect(en.contains("<th scope=\"row\">Gansu Province: Rural</th><td class=\"num\">97.90</td>"))
    }

    @Test func everyIndicatorWithDataHasCitationAndEmbed() throws {
        let site = try Self.rendered.get()
        let pages = site.htmlPaths.filter { $0.contains("/indicators/") && !$0.hasSuffix("/index.html") }
        #expect(pages.count > 100)
        for path in pages {
            let page = site[path]
            #expect(page.contains("<section aria-labelledby=\"h-cite\" class=\"cite\">"), "\(path)")
            #expect(page.contains(path.hasPrefix("zh/") ? "[EB/OL]" : "[Data set]"), "\(path)")
            let embed = path.replacingOccurrences(of: "/indicators/", with: "/embed/")
            #expect((site.text(embed) != nil) == page.contains("id=\"embed-code\""), "\(embed)")
            let id = String(path.split(separator: "/").last!.dropLast(".html".count))
            let bib = path.replacingOccurrences(of: "/indicators/\(id).html", with: "/cite/\(id).bib")
            #expect(BibTeXEntry(site[bib]) != nil, "\(bib)")
        }
        for path in site.htmlPaths where path.contains("/compare/") {
            #expect(site[path].contains("class=\"citation\""), "\(path)")
        }
    }

    /// Breakdowns, citations and embed code must not make the pages that carry them heavy to load on a phone.
    @Test func indicatorComparisonAndEmbedPagesStayUnder200KB() throws {
        let site = try Self.rendered.get()
        let pages = site.htmlPaths.filter {
            ($0.contains("/indicators/") && !$0.hasSuffix("/index.html")) || $0.contains("/compare/") || $0.contains("/embed/")
        }
        #expect(pages.count > 300)
        for path in pages {
            #expect((site.files[path]?.count ?? 0) <= 200_000, "\(path): \(site.files[path]?.count ?? 0) bytes")
        }
    }
}
