import Foundation
import Testing
import TestSupport

/// Sites that differ from the minimal fixture in one way that changes the set of pages or their links.
@Suite struct SiteVariantTests {
    private func expectLinksResolve(_ site: SiteFiles, sourceLocation: SourceLocation = #_sourceLocation) {
        let problems = site.linkProblems()
        #expect(problems.isEmpty, "\(problems.prefix(10).map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test func minimalSiteLinksResolve() throws {
        expectLinksResolve(try RenderedSite.minimal())
    }

    @Test func withoutBaseURLEveryLinkIsRelativeAndResolves() throws {
        let site = try RenderedSite.render(
            ContentFixture.minimal().replacing("base_url: https://example.org/monitoring/\n", with: "", in: "site.yml"))
        expectLinksResolve(site)
        let page = site.page("zh/indicators/maternal-mortality-ratio.html")
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../en/indicators/maternal-mortality-ratio.html\">"))
        #expect(!page.contains("rel=\"canonical\""))
    }

    /// A source's `#pN` counts paragraphs of the default-language document; a translation may have fewer, so
    /// passage links on other-language pages must still land on a paragraph that exists.
    @Test func passageLinksResolveWhenTheTranslationHasFewerParagraphs() throws {
        let shortTranslation = """
            ---
            title: Monitoring bulletin (summary)
            date: 2021-05-26
            kind: bulletin
            translation: true
            ---
            A summary of the bulletin.

            """
        let site = try RenderedSite.render(ContentFixture.minimal().with("documents/bulletin-2021.en.md", shortTranslation))
        expectLinksResolve(site)
    }

    @Test func documentOnlyInTheSecondLanguageIsListedInTheFirst() throws {
        let english = """
            ---
            title: A note in English only
            date: 2021-06-01
            kind: report
            ---
            Only in English.

            """
        let site = try RenderedSite.render(ContentFixture.minimal().with("documents/english-note.en.md", english))
        let page = site.page("zh/documents/english-note.html")
        #expect(page.contains("Only in English."))
        #expect(HTMLScan.languages(ofText: "Only in English.", in: page) == ["en"])
        #expect(HTMLScan.languages(ofText: "A note in English only", in: page).allSatisfy { $0 == "en" })
        let index = site.page("zh/documents/index.html")
        #expect(index.contains("href=\"english-note.html\""))
        #expect(HTMLScan.languages(ofText: "A note in English only", in: index) == ["en"])
        expectLinksResolve(site)
    }

    @Test func languageOrderDecidesTheDefaultLanguage() throws {
        let site = try RenderedSite.render(
            ContentFixture.minimal().replacing("languages: [zh, en]", with: "languages: [en, zh]", in: "site.yml"))
        let root = site.page("index.html")
        #expect(root.contains("content=\"0; url=en/index.html\""))
        #expect(HTMLScan.attribute("lang", of: HTMLScan.tags("html", in: root).first ?? "") == "en")
        #expect(CSVRows.parse(site["data/all.csv"]).first?.contains("region_name_en") == true)
        expectLinksResolve(site)
    }

    @Test func schoolYearPeriodsGetTheirOwnComparisonPage() throws {
        let data = """
            region,year,value,flag,note_zh,note_en,source
            620000,2019/2020,80.1,,,,
            620000,2020/2021,85.3,,,,
            620900,2020/2021,88.0,,,,

            """
        let site = try RenderedSite.render(ContentFixture.minimal().with("data/preschool-gross-enrolment.csv", data))
        #expect(site.files["zh/compare/preschool-gross-enrolment/2019_2020.html"] != nil)
        #expect(site.page("zh/compare/preschool-gross-enrolment/index.html").contains("2020/2021"))
        expectLinksResolve(site)
    }

    @Test func siteUnitsAreShownWithTheirLabel() throws {
        let site = try RenderedSite.render(
            ContentFixture.minimal()
                .replacing("comparators: [\"100000\"]\n", with: "comparators: [\"100000\"]\nunits:\n  index: {zh: 指数, en: index points}\n", in: "site.yml")
                .replacing("preschool-gross-enrolment,children-education,学前三年毛入园率,Three-year preschool gross enrolment rate,percent,", with: "preschool-gross-enrolment,children-education,学前三年毛入园率,Three-year preschool gross enrolment rate,index,", in: "indicators.csv")
                .with("data/preschool-gross-enrolment.csv", "region,year,value,flag,note_zh,note_en,source\n620000,2020,101.5,,,,\n"))
        #expect(site.page("en/indicators/preschool-gross-enrolment.html").contains("101.5 index points"))
        #expect(site.page("zh/indicators/preschool-gross-enrolment.html").contains("101.5 指数"))
    }
}
