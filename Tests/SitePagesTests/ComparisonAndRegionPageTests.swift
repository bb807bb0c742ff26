import Testing
import TestSupport

/// Regional comparisons (one page per period) and region profiles.
@Suite struct ComparisonAndRegionPageTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    @Test(arguments: FixtureLanguage.both)
    func comparisonIndexIsTheLatestPeriodAndLinksTheOthers(_ language: FixtureLanguage) {
        let folder = "\(language.code)/compare/maternal-mortality-ratio/"
        let files = site.paths.filter { $0.hasPrefix(folder) }
        #expect(files == [folder + "2017.html", folder + "2018.html", folder + "2019.html", folder + "index.html"])
        let latest = site.page(folder + "index.html")
        #expect(latest.contains("<span aria-current=\"page\">2020</span>"))
        for year in ["2017", "2018", "2019"] { #expect(latest.contains("<a href=\"\(year).html\">\(year)</a>")) }
        let older = site.page(folder + "2018.html")
        #expect(older.contains("<span aria-current=\"page\">2018</span>"))
        #expect(older.contains("<a href=\"index.html\">2020</a>"), "the latest period is the folder's index")
        #expect(older.contains("18.69"))
        #expect(!older.contains(">15.07"), "2018 only")
    }

    @Test(arguments: FixtureLanguage.both)
    func comparisonRanksRegionsBestFirst(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/compare/maternal-mortality-ratio/index.html")
        let table = try #require(page.components(separatedBy: "<table class=\"data-table\">").last)
        // Lower is better: Jiuquan 12.1, Gansu 15.07, Dingxi 16.4, China 16.9.
        let order = ["620900", "620000", "621100", "100000"].map { table.range(of: "regions/\($0).html")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(table.contains("<tr class=\"row-home\"><td class=\"num\">2</td>"))
        #expect(page.contains("role=\"img\""), "a bar chart")
        #expect(page.contains("href=\"../../indicators/maternal-mortality-ratio.html\""), "back to the time series")
    }

    @Test(arguments: FixtureLanguage.both)
    func regionProfileShowsLatestValuesAndStatusCounts(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/regions/620900.html")
        #expect(page.contains("<h1>\(language.code == "zh" ? "酒泉市" : "Jiuquan City")</h1>"))
        #expect(page.contains(language.code == "zh" ? "12.1/10万" : "12.1 per 100,000"))
        #expect(page.contains(language.code == "zh" ? "99.8%" : "99.8%"))
        #expect(page.contains("<a href=\"620000.html\">"), "link to the parent")
        let summary = try #require(page.components(separatedBy: "<ul class=\"status-summary\">").dropFirst().first)
            .components(separatedBy: "</ul>")[0]
        let colon = language.code == "zh" ? "：" : ": "
        let counts = summary.components(separatedBy: "</span>\(colon)").dropFirst().map { String($0.prefix { $0.isNumber }) }
        // Hospital delivery and maternal mortality met; infant mortality has one value, too few to judge a decrease.
        #expect(counts.count == 4)
        #expect(counts.first == "2", "met")
        #expect(counts.map { Int($0) ?? 0 }.reduce(0, +) == 3, "one status per indicator with data for Jiuquan")
    }

    @Test(arguments: FixtureLanguage.both)
    func homeRegionProfileListsItsChildren(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/regions/620000.html")
        #expect(page.contains("<a href=\"620900.html\">"))
        #expect(page.contains("<a href=\"621100.html\">"))
    }
}
