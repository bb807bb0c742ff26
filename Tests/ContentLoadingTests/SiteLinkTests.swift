import ContentLoading
import SiteModel
import TestSupport
import Testing

/// Links to site objects are parsed once, at load time, into the `SiteLink` pages print.
@Suite struct SiteLinkTests {
    private func page(_ markdown: String) -> ContentFixture {
        ContentFixture.minimal()
            .replacing("women and children.\n", with: "women and children.\n\n\(markdown)\n", in: "pages/about.en.md")
    }

    @Test func linksAreParsedIntoTypedLinks() throws {
        let site = try #require(
            try load(page("[a](indicator:maternal-mortality-ratio) [b](document:bulletin-2021#p1) [c](region:620000)")).site)
        let links = try #require(site.pages.first?.versions["en"]?.body.siteLinks)
        #expect(links == [
            "indicator:maternal-mortality-ratio": SiteLink(target: .indicator("maternal-mortality-ratio")),
            "document:bulletin-2021#p1": SiteLink(target: .document("bulletin-2021"), fragment: "p1"),
            "region:620000": SiteLink(target: .region("620000")),
        ])
    }

    @Test func aQueryIsAnError() throws {
        try expectSingleError(
            page("[a](indicator:maternal-mortality-ratio?y=1)"),
            "content/pages/about.en.md:7:1: error: a link to a site object cannot have a query (?…); link the object itself, e.g. indicator:<id>")
    }

    @Test(arguments: ["document:bulletin-2021#", "document:bulletin-2021#p1#p2", "page:about#%22"])
    func aBadFragmentIsAnError(_ destination: String) throws {
        let outcome = try load(page("[a](\(destination))"))
        #expect(outcome.site == nil)
        #expect(outcome.messages.count == 1, "\(outcome.messages)")
        #expect(outcome.messages.first?.hasPrefix("content/pages/about.en.md:7:1: error: bad fragment ") == true, "\(outcome.messages)")
    }

    @Test func unknownObjectsAreStillErrors() throws {
        try expectSingleError(
            page("[a](page:abuot#p1)"), "content/pages/about.en.md:7:1: error: link to unknown page \"abuot\"")
    }
}
