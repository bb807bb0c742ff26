import ContentLoading
import SiteModel
import TestSupport
import Testing

/// Every address from content goes through `WebAddress`, and a refused one is an error where it is written.
@Suite struct AddressTests {
    private let minimal = ContentFixture.minimal()

    @Test func scriptSourceURLIsAnErrorAtItsCell() throws {
        let fixture = minimal.replacing("https://example.org/bulletin-2021.pdf", with: "javascript:alert(1)", in: "sources.csv")
        let line = try #require(fixture.files["sources.csv"]?.split(separator: "\n")[1])
        let before = try #require(line.range(of: "javascript:")).lowerBound
        let column = line[..<before].unicodeScalars.count + 1
        try expectSingleError(
            fixture,
            "content/sources.csv:2:\(column): error: bad url \"javascript:alert(1)\": javascript: addresses are not allowed; use https:// or http://")
    }

    @Test func perLanguageSourceURLIsCheckedToo() throws {
        let fixture = minimal
            .replacing("date,url,document", with: "date,url,document,url_en", in: "sources.csv")
            .replacing(",bulletin-2021\n", with: ",bulletin-2021,\"data:text/html;base64,PHNjcmlwdD4=\"\n", in: "sources.csv")
        let outcome = try load(fixture)
        #expect(outcome.messages.count == 1, "\(outcome.messages)")
        #expect(outcome.messages.first?.hasPrefix("content/sources.csv:2:") == true)
        #expect(outcome.messages.first?.hasSuffix(": error: bad url_en \"data:text/html;base64,PHNjcmlwdD4=\": data: addresses are not allowed; use https:// or http://") == true, "\(outcome.messages)")
    }

    @Test func sourceURLsAreKeptAsCheckedAddresses() throws {
        let site = try #require(try load(minimal).site)
        #expect(site.sources.first?.url["zh"]?.text == "https://example.org/bulletin-2021.pdf")
    }

    @Test func licenseURLWithASpaceIsAnError() throws {
        try expectSingleError(
            minimal.replacing("base_url: https://example.org/monitoring/", with: "license_url: \"https://example.org/a b\"", in: "site.yml"),
            "content/site.yml:6:14: error: bad license_url \"https://example.org/a b\": it contains a space (write %20)")
    }

    @Test func protocolRelativeBaseURLIsAnError() throws {
        try expectSingleError(
            minimal.replacing("https://example.org/monitoring/", with: "//example.org/", in: "site.yml"),
            "content/site.yml:6:11: error: bad base_url \"//example.org/\": an address starting with // has no scheme; write https://…")
    }

    @Test(arguments: [
        ("[x](javascript:alert(1))", "unknown link scheme \"javascript:\": link site objects with indicator:, region:, document: or page: and web pages with https://"),
        ("[x](<a b.html>)", "bad link \"a b.html\": it contains a space (write %20)"),
        ("[x](//evil.example/)", "bad link \"//evil.example/\": an address starting with // has no scheme; write https://…"),
        ("![x](data:image/png;base64,iVBORw0KGgo=)", "unknown link scheme \"data:\": link site objects with indicator:, region:, document: or page: and web pages with https://"),
    ])
    func refusedMarkdownLinkIsAnErrorAtTheLink(_ markdown: String, _ message: String) throws {
        let fixture = minimal.replacing("women and children.\n", with: "women and children.\n\n\(markdown)\n", in: "pages/about.en.md")
        try expectSingleError(fixture, "content/pages/about.en.md:7:1: error: \(message)")
    }
}
