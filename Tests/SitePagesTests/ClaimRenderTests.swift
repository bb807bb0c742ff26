import SitePages
import TestSupport
import Testing

/// A claim (`claim:` link) is what the text says, not an address: pages print its text, linked to the
/// indicator's chart only where the claim asks for it.
@Suite struct ClaimRenderTests {
    @Test func aClaimIsPlainTextOrALinkToTheIndicator() throws {
        let fixture = ContentFixture.minimal().replacing(
            "women and children.\n",
            with: "women and children.\n\nIt [kept falling](claim:maternal-mortality-ratio?trend=down) and [rose](claim:hospital-delivery-rate?trend=up&link=chart).\n",
            in: "pages/about.en.md")
        let page = try RenderedSite.render(fixture).page("en/pages/about.html")
        #expect(page.contains("It kept falling and <a href=\"../indicators/hospital-delivery-rate.html\">rose</a>."), "\(page)")
        #expect(!page.contains("claim:"))
    }
}
