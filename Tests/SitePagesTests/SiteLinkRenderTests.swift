import ContentLoading
import Foundation
import Markdown
import SiteModel
import SitePages
import TestSupport
import Testing

/// Pages print the site-object links the loader parsed, and nothing the loader did not check.
@Suite struct SiteLinkRenderTests {
    @Test func typedLinksArePrintedWithTheirFragment() throws {
        let fixture = ContentFixture.minimal().replacing(
            "women and children.\n", with: "women and children.\n\n[a](document:bulletin-2021#p1) [b](region:620000)\n",
            in: "pages/about.en.md")
        let page = try RenderedSite.render(fixture).page("en/pages/about.html")
        #expect(page.contains("href=\"../documents/bulletin-2021.html#p1\""), "\(page)")
        #expect(page.contains("href=\"../regions/620000.html\""), "\(page)")
    }

    @Test func scriptSourceURLNeverReachesAPage() throws {
        let fixture = ContentFixture.minimal()
            .replacing("https://example.org/bulletin-2021.pdf", with: "javascript:alert(1)", in: "sources.csv")
        #expect(throws: ContentProblems.self) { try RenderedSite.render(fixture) }
    }
}
