import Testing
import TestSupport

/// The dimensions of an indicator's data on its page: a table and a bar chart per dimension, in every language,
/// with the labels of `labels.csv`.
@Suite struct BreakdownTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.render(.minimalWithoutBaseURL()) }

    private func section(_ page: String, id: String) throws -> String {
        let start = try #require(page.range(of: "<section aria-labelledby=\"\(id)\" class=\"breakdown\">"))
        return String(page[start.lowerBound...].prefix { _ in true }).components(separatedBy: "</section>")[0]
    }

    @Test(arguments: FixtureLanguage.both)
    func areaBreakdownShowsEveryValueWithItsLabels(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/indicators/infant-mortality-rate.html")
        let section = try section(page, id: "h-b1")
        let zh = language.code == "zh"
        #expect(section.contains(zh ? "<h2 id=\"h-b1\">按城乡分</h2>" : "<h2 id=\"h-b1\">Breakdown: Area</h2>"))
        // The headline row the breakdown splits, then each value, labelled through labels.csv.
        let rows = HTMLScan.tags("tr", in: section).count
        #expect(rows >= 4, "header row, total, urban, rural")
        #expect(section.contains(zh ? "<th scope=\"row\">甘肃省：合计</th><td class=\"num\">3.37</td>" : "<th scope=\"row\">Gansu Province: Total</th><td class=\"num\">3.37</td>"))
        #expect(section.contains(zh ? "<th scope=\"row\">甘肃省：城镇</th><td class=\"num\">3.10</td>" : "<th scope=\"row\">Gansu Province: Urban</th><td class=\"num\">3.10</td>"))
        #expect(section.contains(zh ? "<th scope=\"row\">甘肃省：农村</th><td class=\"num\">3.60</td>" : "<th scope=\"row\">Gansu Province: Rural</th><td class=\"num\">3.60</td>"))
        // Only the periods of the breakdown are columns.
        #expect(!section.contains(">2018<"))
        // A bar chart of the latest period, an accessible image with its data as a table.
        let svgs = HTMLScan.tags("svg", in: section)
        #expect(!svgs.isEmpty)
        for svg in svgs { #expect(HTMLScan.attribute("role", of: svg) == "img") }
        #expect(section.contains(zh ? "婴儿死亡率，按城乡分，2020" : "Infant mortality rate: Area, 2020"))
        #expect(section.contains(zh ? "甘肃：城镇" : "Gansu: Urban"))
    }

    @Test(arguments: FixtureLanguage.both)
    func indicatorsWithoutDimensionsHaveNoBreakdown(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/indicators/maternal-mortality-ratio.html")
        #expect(!page.contains("class=\"breakdown\""))
    }

    @Test func everyObservationOfTheFixtureIsPrintedOnItsPage() throws {
        try ObservationCoverage.check(site, content: ContentFixture.minimal())
    }
}
