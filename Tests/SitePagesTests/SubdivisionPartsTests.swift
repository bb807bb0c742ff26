import ContentLoading
import Foundation
import SiteModel
import SitePages
import Testing
import TestSupport

/// Pages at national scale: a region with more direct subdivisions than a page holds (`PageLimits`, 40) keeps its
/// charts on its subdivision page and its every-value table in numbered parts; a comparison of more regions draws
/// the ends of the ranking. Below the limits (the minimal fixture, the example) nothing changes.
@Suite struct SubdivisionPartsTests {
    let site: SiteFiles

    /// Counties of Jiuquan: more than two parts' worth, so there is a first, a middle and a last part.
    static let counties = (1...85).map { String(format: "6209%02d", $0) }
    /// Prefectures added under Gansu, the home region: with Jiuquan and Dingxi, more than a chart draws in full.
    static let prefectures = (1...45).map { String(format: "62%02d00", 20 + $0) }

    /// The minimal fixture with 45 more prefectures under Gansu and 85 counties under Jiuquan, each with values
    /// in two years (the 7th county's 2020 value with a note, the 83rd's estimated).
    static let national: ContentFixture = {
        var regions = ""
        var values = ""
        for (index, code) in prefectures.enumerated() {
            regions += "\(code),第\(index + 1)市,Prefecture \(index + 1),,,prefecture,620000,\(2 + index / 8),\(index % 8)\n"
            values += "\(code),2020,\(String(format: "%.1f", 95 + Double(index) * 0.1)),,,,\n"
        }
        for (index, code) in counties.enumerated() {
            regions += "\(code),第\(index + 1)县,County \(index + 1),,,county,620900,\(index / 10),\(index % 10)\n"
            let note = index == 6 ? "口径调整,Definition changed" : ","
            let flag = index == 82 ? "E" : ""
            values += "\(code),2019,\(String(format: "%.1f", 90 + Double(index) * 0.05)),,,,\n"
            values += "\(code),2020,\(String(format: "%.1f", 91 + Double(index) * 0.03)),\(flag),\(note),\n"
        }
        return ContentFixture.minimal()
            .replacing(
                "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n",
                with: "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n" + regions, in: "regions.csv")
            .replacing("621100,2020,99.2,,,,\n", with: "621100,2020,99.2,,,,\n" + values, in: "data/hospital-delivery-rate.csv")
    }()

    init() throws { site = try RenderedSite.render(Self.national) }

    private func part(_ language: String, _ number: Int) -> String {
        "\(language)/indicators/hospital-delivery-rate/620900/\(number).html"
    }

    /// The region codes of the rows of the page's every-value table (the `h-data` section), in order.
    private func tableRegions(_ page: String) -> [String] {
        guard let section = page.components(separatedBy: "id=\"h-data\"").dropFirst().first,
            let table = section.components(separatedBy: "</table>").first, section.contains("<table")
        else { return [] }
        return table.components(separatedBy: "regions/").dropFirst().map { String($0.prefix { $0.isNumber }) }
    }

    @Test(arguments: ["zh", "en"])
    func theTableIsInPartsOfFortySubdivisionsEachLedByTheRegion(_ language: String) {
        #expect(tableRegions(site.page(part(language, 1))) == ["620900"] + Self.counties[0..<40])
        #expect(tableRegions(site.page(part(language, 2))) == ["620900"] + Self.counties[40..<80])
        #expect(tableRegions(site.page(part(language, 3))) == ["620900"] + Self.counties[80...])
        #expect(site.text(part(language, 4)) == nil && site.text(part(language, 0)) == nil)
        let overview = site.page("\(language)/indicators/hospital-delivery-rate/620900.html")
        #expect(tableRegions(overview).isEmpty, "the overview holds the charts, not the table")
        for number in 1...3 { #expect(overview.contains("href=\"620900/\(number).html\"")) }
        #expect(overview.contains(language == "en" ? "Part 3: County 81 – County 85" : "第3部分：第81县至第85县"))
        #expect(overview.contains("class=\"chart chart-line\"") && overview.contains("class=\"chart chart-tile-map\""))
    }

    /// Together the parts hold every value of every county, each in its own part, with its flag and note.
    @Test(arguments: ["zh", "en"])
    func togetherThePartsHoldEveryValue(_ language: String) throws {
        let data = try #require(Self.national.files["data/hospital-delivery-rate.csv"])
        let cells = (1...3).flatMap { ObservationCoverage.cells(of: site.page(part(language, $0))) }
        for record in CSVRows.records(data) {
            guard let code = record["region"], Self.counties.contains(code), let index = Self.counties.firstIndex(of: code)
            else { continue }
            let name = language == "en" ? "County \(index + 1)" : "第\(index + 1)县"
            let printed = cells.contains { $0.row == name && $0.column == record["year"] && $0.value == record["value"] }
            #expect(printed, "\(code) \(record["year"] ?? "") \(record["value"] ?? "")")
        }
        let third = site.page(part(language, 3))
        #expect(third.contains("<abbr class=\"flag\""), "the estimated value's flag and its legend")
        #expect(site.page(part(language, 1)).contains(language == "en" ? "Definition changed" : "口径调整"))
        #expect(!site.page(part(language, 2)).contains(language == "en" ? "Definition changed" : "口径调整"))
    }

    @Test(arguments: ["zh", "en"])
    func thePagerLinksEachPartToTheOthers(_ language: String) {
        let first = site.page(part(language, 1))
        let middle = site.page(part(language, 2))
        let last = site.page(part(language, 3))
        #expect(middle.contains("<a href=\"1.html\" rel=\"prev\">") && middle.contains("<a href=\"3.html\" rel=\"next\">"))
        #expect(middle.contains("<span aria-current=\"page\">2</span>"))
        #expect(!first.contains("rel=\"prev\"") && first.contains("<a href=\"2.html\" rel=\"next\">"))
        #expect(!last.contains("rel=\"next\"") && last.contains("<a href=\"2.html\" rel=\"prev\">"))
        let label = language == "en" ? "Parts of the table" : "表格各部分"
        #expect(middle.contains("<nav class=\"pager\" aria-label=\"\(label)\">"))
        #expect(middle.contains("href=\"../620900.html\""), "back to the overview with the charts")
        #expect(middle.contains(language == "en" ? ">County 41 – County 80<" : ">第41县至第80县<"))
        #expect(middle.contains("href=\"../../hospital-delivery-rate.html\""), "back to the indicator")
    }

    @Test func everyLinkOfTheSiteResolvesAndTheSitemapListsTheParts() {
        let problems = site.linkProblems()
        #expect(problems.isEmpty, "\(problems.prefix(10).map(\.description).joined(separator: "\n"))")
        let sitemap = site.page("sitemap.xml")
        for language in ["zh", "en"] {
            for number in 1...3 { #expect(sitemap.contains(part(language, number) + "</loc>")) }
        }
    }

    @Test func aPartLivesInTheFolderNamedAfterItsRegion() {
        let route = Route.subdivisionPart(LanguageCode("en"), IndicatorID("gdp"), RegionCode("620900"), part: 2)
        #expect(route.path == "en/indicators/gdp/620900/2.html")
        #expect(route.inLanguage(LanguageCode("zh")).path == "zh/indicators/gdp/620900/2.html")
        #expect(route.link(to: .subdivisions(LanguageCode("en"), IndicatorID("gdp"), RegionCode("620900"))) == "../620900.html")
    }

    /// A part is rendered again when a value of one of its own subdivisions or of the region changes, not of another
    /// part's; the overview, whose bars and map show every subdivision, when any changes.
    @Test func aPartNamesTheSeriesOfItsOwnSubdivisions() throws {
        try Self.national.withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let theme = try Theme.load(
                assets: PackagePaths.assets.path, overrides: content.path, languages: loaded.site.settings.languages)
            let plan = SitePlan(context: SiteContext(site: loaded.site, theme: theme))
            let second = try #require(plan.files.first { $0.path == part("en", 2) })
            let overview = try #require(plan.files.first { $0.path == "en/indicators/hospital-delivery-rate/620900.html" })
            func series(_ code: String) -> String {
                InputName.headlineSeries(IndicatorID(rawValue: "hospital-delivery-rate"), RegionCode(rawValue: code))
            }
            #expect(second.dependencies.contains(series("620900")) && second.dependencies.contains(series(Self.counties[40])))
            #expect(!second.dependencies.contains(series(Self.counties[39])) && !second.dependencies.contains(series(Self.counties[80])))
            #expect(second.dependencies.contains("theme:templates/partials/pager.mustache"))
            #expect(Self.counties.allSatisfy { overview.dependencies.contains(series($0)) })
        }
    }

    /// The rows of the data table of the chart figure `id` (the bars it draws).
    private func barRows(_ page: String, figure id: String) -> Int {
        guard let figure = page.components(separatedBy: "id=\"\(id)-figure\"").dropFirst().first,
            let table = figure.components(separatedBy: "</figure>").first
        else { return 0 }
        return table.components(separatedBy: "<th scope=\"row\"").count - 1
    }

    @Test(arguments: ["zh", "en"])
    func aChartOfMoreThanFortyRegionsDrawsTheEndsOfTheRanking(_ language: String) {
        let note = language == "en" ? "Only the first 10 and the last 10 of the 49 regions ranked are drawn" : "共49个"
        let comparison = site.page("\(language)/compare/hospital-delivery-rate/index.html")
        #expect(barRows(comparison, figure: "c1") == 22, "Gansu, China, and ten at each end of 47 prefectures")
        #expect(comparison.contains(note))
        let ranked = comparison.components(separatedBy: "<caption>").last ?? ""
        #expect(ranked.components(separatedBy: "<tr").count - 2 == 49, "the ranked table lists every region")
        let overview = site.page("\(language)/indicators/hospital-delivery-rate/620900.html")
        #expect(barRows(overview, figure: "c2") == 21, "Jiuquan and ten counties at each end")
        #expect(overview.contains(language == "en" ? "of the 86 regions ranked" : "共86个"))
    }

    @Test func belowTheLimitsThereAreNoPartsAndEveryBarIsDrawn() throws {
        let minimal = try RenderedSite.minimal()
        #expect(!minimal.paths.contains { $0.split(separator: "/").count > 4 })
        let nested = try RenderedSite.render(RegionHierarchyPageTests.nested)
        #expect(!nested.paths.contains { $0.hasPrefix("zh/indicators/") && $0.split(separator: "/").count > 4 })
        #expect(!nested.page("en/indicators/hospital-delivery-rate/620000.html").contains("Only the first"))
        #expect(!minimal.page("en/compare/hospital-delivery-rate/index.html").contains("Only the first"))
    }
}
