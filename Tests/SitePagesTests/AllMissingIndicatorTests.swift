import Testing
import TestSupport

/// An indicator whose data file has rows but no value (every row flagged M, as when a source gives only a bound)
/// gets no comparison pages, so its page must not link to one.
@Suite struct AllMissingIndicatorTests {
    @Test(arguments: FixtureLanguage.both)
    func pageLinksNoComparisonThatIsNotBuilt(_ language: FixtureLanguage) throws {
        let fixture = ContentFixture.minimal().with(
            "data/infant-mortality-rate.csv", "region,year,value,flag\n620000,2020,,M\n")
        let site = try RenderedSite.render(fixture)
        let page = site.page("\(language.code)/indicators/infant-mortality-rate.html")
        #expect(!page.isEmpty)
        #expect(site.htmlPaths.allSatisfy { !$0.hasPrefix("\(language.code)/compare/infant-mortality-rate/") })
        #expect(!page.contains("compare/infant-mortality-rate/"))
    }
}
