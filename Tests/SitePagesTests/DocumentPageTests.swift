import Testing
import TestSupport

/// Documents (with paragraph anchors, charts, site links, language notices) and pages from `pages/`.
@Suite struct DocumentPageTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    @Test(arguments: FixtureLanguage.both)
    func paragraphsAreNumberedFromOne(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/documents/bulletin-2021.html")
        let prose = page.components(separatedBy: "<div class=\"prose\">").last ?? ""
        let anchors = HTMLScan.attributeValues("id", in: prose).filter { $0.hasPrefix("p") && Int($0.dropFirst()) != nil }
        #expect(anchors == ["p1", "p2", "p3", "p4"], "paragraphs in lists and quotes count; headings do not")
    }

    @Test(arguments: FixtureLanguage.both)
    func chartBlockBecomesAChart(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/documents/bulletin-2021.html")
        #expect(!page.contains("language-chart"), "no code block left")
        #expect(!page.contains("indicator: maternal-mortality-ratio"))
        let figure = try #require(HTMLScan.element(id: "d1-figure", named: "figure", in: page))
        let svg = try #require(HTMLScan.tags("svg", in: figure).first)
        #expect(HTMLScan.attribute("role", of: svg) == "img")
        // Only the regions the block names: Gansu and China, not the prefectures.
        let table = figure.components(separatedBy: "<thead>").last ?? ""
        let regions = language.code == "zh" ? ["甘肃", "全国"] : ["Gansu", "China"]
        let absent = language.code == "zh" ? "酒泉" : "Jiuquan"
        for region in regions { #expect(table.contains(">\(region)<")) }
        #expect(!table.contains(">\(absent)<"))
    }

    /// A bar chart keeps to the regions and the series the block names; a chart with nothing to draw says so.
    @Test func barChartBlockHonoursRegionsAndWhereAndAnEmptyOneSaysSo() throws {
        let chart = "indicator: maternal-mortality-ratio\nregions: [\"620000\", \"100000\"]\n"
        let fixture = ContentFixture.minimal()
            .replacing(
                chart, with: "indicator: infant-mortality-rate\nkind: bar\nyear: 2020\nregions: [\"620000\", \"620900\"]\nwhere: {area: rural}\n",
                in: "documents/bulletin-2021.zh.md")
            .replacing(chart, with: "indicator: infant-mortality-rate\nkind: bar\nyear: 2019\n", in: "documents/bulletin-2021.en.md")
        let site = try RenderedSite.render(fixture)
        let zh = site.page("zh/documents/bulletin-2021.html")
        let figure = try #require(HTMLScan.element(id: "d1-figure", named: "figure", in: zh))
        let table = figure.components(separatedBy: "<tbody>").last ?? ""
        #expect(table.contains(">甘肃<") && table.contains("3.60"), "Gansu's rural value")
        #expect(!table.contains(">酒泉<"), "Jiuquan has no rural row")
        #expect(!table.contains(">全国<"), "only the regions the block names")
        let en = site.page("en/documents/bulletin-2021.html")
        #expect(en.contains("<p class=\"notice chart-empty\">No data to chart for Infant mortality rate with these settings.</p>"))
    }

    @Test(arguments: FixtureLanguage.both)
    func siteObjectLinksBecomeRelativeLinksInTheSameLanguage(_ language: FixtureLanguage) {
        let bulletin = site.page("\(language.code)/documents/bulletin-2021.html")
        #expect(bulletin.contains("href=\"../indicators/maternal-mortality-ratio.html\""))
        #expect(bulletin.contains("href=\"../regions/620900.html\""))
        #expect(!bulletin.contains("indicator:"))
        #expect(!bulletin.contains("region:"))
        let report = site.page("\(language.code)/documents/jiuquan-report.html")
        #expect(report.contains("href=\"bulletin-2021.html\""))
        #expect(report.contains("href=\"../pages/about.html\""))
    }

    @Test func documentMissingInThePageLanguageIsShownInItsOwnWithANotice() throws {
        let page = site.page("en/documents/jiuquan-report.html")
        #expect(page.contains("This document is not available in English; it is shown in Chinese."))
        #expect(HTMLScan.languages(ofText: "This document is not available in English", in: page) == ["en"])
        #expect(HTMLScan.languages(ofText: "酒泉市住院分娩率达到99.8%。", in: page) == ["zh"], "the body is marked Chinese")
        #expect(HTMLScan.languages(ofText: "用情用力落实政府主体责任", in: page).allSatisfy { $0 == "zh" }, "the title is marked Chinese wherever it appears")
    }

    /// The English page's own words (the kind, from labels.csv in English) must not be marked as Chinese.
    @Test func interfaceWordsAroundAnotherLanguagesDocumentKeepThePageLanguage() {
        let page = site.page("en/documents/jiuquan-report.html")
        #expect(HTMLScan.languages(ofText: "Report", in: page) == ["en"])
        #expect(HTMLScan.languages(ofText: "Indicators this document speaks of", in: page) == ["en"])
    }

    @Test func translationSaysSoAndLinksTheOriginal() {
        let page = site.page("en/documents/bulletin-2021.html")
        #expect(page.contains("This is a translation. The Chinese original is the authoritative text."))
        #expect(page.contains("<a href=\"../../zh/documents/bulletin-2021.html\">Read the Chinese original.</a>"))
        let original = site.page("zh/documents/bulletin-2021.html")
        #expect(!original.contains("class=\"notice"), "the original has no notice")
        #expect(!original.contains("<article class=\"document\" lang="))
    }

    @Test(arguments: FixtureLanguage.both)
    func documentListsTheIndicatorsItStatesFiguresFor(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/documents/bulletin-2021.html")
        let figures = page.components(separatedBy: "id=\"h-figures\"").last ?? ""
        for indicator in ["hospital-delivery-rate", "maternal-mortality-ratio", "infant-mortality-rate"] {
            #expect(figures.contains("href=\"../indicators/\(indicator).html\""), "\(indicator) cites bulletin-2021")
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func contentPageInBothLanguages(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/pages/about.html")
        #expect(page.contains(language.code == "zh" ? "<h1>关于本站</h1>" : "<h1>About this site</h1>"))
        #expect(page.contains("<p id=\"p1\">"))
        #expect(!page.contains("class=\"notice\""))
        let nav = page.components(separatedBy: "<nav class=\"site-nav\"").last?.components(separatedBy: "</nav>").first ?? ""
        #expect(nav.contains("<a href=\"about.html\""), "pages join the navigation")
    }

    @Test func contentPageMissingInALanguageIsShownWithANotice() throws {
        let site = try RenderedSite.render(ContentFixture.minimal().with("pages/about.en.md", nil))
        let page = site.page("en/pages/about.html")
        #expect(page.contains("<h1 lang=\"zh\" dir=\"auto\">关于本站</h1>"))
        #expect(page.contains("it is shown in Chinese"))
        #expect(HTMLScan.languages(ofText: "关于本站", in: page).allSatisfy { $0 == "zh" })
        #expect(HTMLScan.languages(ofText: "it is shown in Chinese", in: page) == ["en"])
    }
}
