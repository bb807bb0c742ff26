import Testing
import TestSupport

/// A chart never draws a line across years without data: on the site, the gap is a dotted bridge, explained
/// under the chart and in its description, and the table beside it keeps the gap.
@Suite struct GapChartTests {
    /// The minimal site with the home region's hospital delivery rate in 2012 and 2020 only, as on the example
    /// site, where the line crossed eight years as if the rate had risen steadily.
    static let gapSite: Result<SiteFiles, any Error> = Result {
        try RenderedSite.render(ContentFixture.minimal().replacing(
            "620000,2018,98.5,,,,bulletin-2021\n620000,2019,99.1,,,,bulletin-2021\n",
            with: "620000,2012,98.3,,,,bulletin-2021\n", in: "data/hospital-delivery-rate.csv"))
    }

    /// The path elements of `svg` whose class is exactly `kind`.
    private func paths(_ kind: String, in svg: String) -> [String] {
        HTMLScan.tags("path", in: svg).filter { HTMLScan.attribute("class", of: $0) == kind }
    }

    @Test(arguments: FixtureLanguage.both)
    func yearsWithoutDataAreABridgeNotALine(_ language: FixtureLanguage) throws {
        let site = try Self.gapSite.get()
        let page = site.page("\(language.code)/indicators/hospital-delivery-rate.html")
        let gansu = language.code == "zh" ? "甘肃" : "Gansu"
        let figure = try #require(page.components(separatedBy: "id=\"c1-figure\"").dropFirst().first)
        let svg = figure.components(separatedBy: "</svg>")[0]
        let primary = try #require(svg.components(separatedBy: "class=\"series series-primary\"").dropFirst().first)
            .components(separatedBy: "</g>")[0]
        // 2012 → 2020 is a dotted bridge; the solid line only joins 2020 to nothing (2020 is estimated: dashed).
        #expect(paths("line line-gap", in: primary).count == 1)
        #expect(paths("line", in: primary).isEmpty, "no solid segment reaches from 2012 to 2020")
        let start = language.code == "zh" ? "2012年" : "2012"
        let end = language.code == "zh" ? "2020年" : "2020"
        let sentence = language.code == "zh"
            ? "\(gansu)：\(start)至\(end)之间无数据" : "\(gansu): no data between \(start) and \(end)"
        #expect(svg.contains(sentence), "the description names the gap")
        let legend = language.code == "zh" ? "点线：其间各期无数据" : "Dotted line: no data in between"
        #expect(svg.contains(">\(legend)<"), "the chart's own note says what the dots mean")
        let note = language.code == "zh" ? "点线连接的两个数值之间的时期没有数据" : "A dotted line joins two values with no data"
        #expect(figure.contains("<p class=\"chart-note\">\(note)"))
        // The table beside the chart keeps 2019 for Gansu empty, as the country has a value that year.
        let table = try #require(figure.components(separatedBy: "<table").dropFirst().first)
        let row2019 = try #require(table.components(separatedBy: "<tr>").first { $0.contains("2019") })
        #expect(row2019.contains(">–<"))
        // The standalone chart and the home region's sparkline draw the same bridge.
        let download = try #require(site.text("\(language.code)/indicators/hospital-delivery-rate.svg"))
        #expect(paths("line line-gap", in: download).count == 1)
        let index = site.page("\(language.code)/indicators/index.html")
        let row = try #require(index.components(separatedBy: "<tr>").first { $0.contains("hospital-delivery-rate.html") })
        #expect(row.contains("class=\"line line-gap\""))
        #expect(index.contains("<p class=\"chart-note\">\(note)"), "the index explains the sparklines' dots")
    }

    @Test(arguments: FixtureLanguage.both)
    func aRowFlaggedMissingIsAGapAndKeepsItsFlag(_ language: FixtureLanguage) throws {
        let page = try RenderedSite.minimal().page("\(language.code)/indicators/maternal-mortality-ratio.html")
        let svg = try #require(page.components(separatedBy: "id=\"c1-figure\"").dropFirst().first)
            .components(separatedBy: "</svg>")[0]
        #expect(svg.contains("class=\"line line-gap\""), "2018 → 2020 across the missing 2019 is bridged")
        #expect(page.contains("<abbr class=\"flag\" title=\"\(language.code == "zh" ? "缺失" : "Missing")\">M</abbr>"))
    }

    @Test(arguments: FixtureLanguage.both)
    func aSeriesWithoutGapsHasNoBridgeAndNoNote(_ language: FixtureLanguage) throws {
        let page = try RenderedSite.minimal().page("\(language.code)/indicators/hospital-delivery-rate.html")
        #expect(!page.contains("line-gap"))
        #expect(!page.contains("note-gap"))
        #expect(!page.contains("class=\"chart-note\">\(language.code == "zh" ? "点线" : "A dotted")"))
        let index = try RenderedSite.minimal().page("\(language.code)/indicators/index.html")
        let row = try #require(index.components(separatedBy: "<tr>").first { $0.contains("hospital-delivery-rate.html") })
        #expect(!row.contains("line-gap"))
    }
}
