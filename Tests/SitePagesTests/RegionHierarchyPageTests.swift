import Foundation
import Testing
import TestSupport

/// Pages that follow the region hierarchy: with the country as home region, the indicator page and comparisons
/// show the country and its provinces, each province's subdivision page its prefectures, and a prefecture
/// with counties a page of its own one level further down.
@Suite struct RegionHierarchyPageTests {
    let site: SiteFiles

    /// The minimal fixture with the country as home region and a county under Jiuquan.
    static let nested = ContentFixture.minimal()
        .replacing("home_region: \"620000\"\ncomparators: [\"100000\"]", with: "home_region: \"100000\"\ncomparators: []", in: "site.yml")
        .replacing(
            "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n",
            with: "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n620921,金塔县,Jinta County,金塔,Jinta,county,620900,0,0\n",
            in: "regions.csv")
        .replacing("621100,2020,99.2,,,,\n", with: "621100,2020,99.2,,,,\n620921,2020,99.7,,,,\n", in: "data/hospital-delivery-rate.csv")

    init() throws { site = try RenderedSite.render(Self.nested) }

    /// The regions a page's data table links to, in order.
    private func tableRegions(_ page: String) -> [String] {
        guard let table = page.components(separatedBy: "<table").dropFirst().last else { return [] }
        return table.components(separatedBy: "regions/").dropFirst().map { String($0.prefix { $0.isNumber }) }
    }

    /// The regions of every table of the page: an indicator with a breakdown has its breakdown table last.
    private func allTableRegions(_ page: String) -> [String] {
        page.components(separatedBy: "<table").dropFirst().flatMap {
            $0.components(separatedBy: "</table>")[0].components(separatedBy: "regions/").dropFirst()
                .map { String($0.prefix { $0.isNumber }) }
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func indicatorPageShowsTheHomeRegionAndItsSubdivisionsOnly(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/indicators/hospital-delivery-rate.html")
        #expect(tableRegions(page) == ["100000", "620000"])
        #expect(page.contains("href=\"hospital-delivery-rate/620000.html\""), "the province's level below")
        #expect(!page.contains("hospital-delivery-rate/620900.html"), "two levels down is linked from one level down")
    }

    @Test(arguments: FixtureLanguage.both)
    func subdivisionPageShowsTheRegionAndItsDirectSubdivisions(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/indicators/hospital-delivery-rate/620000.html")
        #expect(tableRegions(page) == ["620000", "620900", "621100"])
        #expect(page.contains("99.8") && page.contains("99.2"))
        #expect(page.contains("href=\"620900.html\""), "Jiuquan's own subdivision page")
        #expect(page.contains("href=\"../hospital-delivery-rate.html\""), "back to the indicator")
        #expect(page.contains("role=\"img\""), "charts")
        let county = site.page("\(language.code)/indicators/hospital-delivery-rate/620900.html")
        #expect(tableRegions(county) == ["620900", "620921"])
        #expect(county.contains("99.7"))
        #expect(county.contains("href=\"620000.html\""), "the breadcrumbs lead back up through the province")
    }

    @Test func comparisonsCompareTheOverviewRegionsOnly() {
        let page = site.page("zh/compare/hospital-delivery-rate/index.html")
        #expect(Set(tableRegions(page)) == ["100000", "620000"])
    }

    @Test(arguments: FixtureLanguage.both)
    func regionProfileLinksItsSubdivisionPages(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/regions/620000.html")
        for indicator in ["hospital-delivery-rate", "maternal-mortality-ratio", "infant-mortality-rate"] {
            #expect(page.contains("href=\"../indicators/\(indicator)/620000.html\""))
        }
        #expect(!page.contains("preschool-gross-enrolment/620000.html"), "no data file, no page")
        let prefecture = site.page("\(language.code)/regions/621100.html")
        #expect(!prefecture.contains("-rate/621100.html") && !prefecture.contains("-ratio/621100.html"), "no subdivisions")
    }

    /// Every headline row of every data file is in the table of some page.
    @Test func everyValueIsOnSomePage() throws {
        for language in ["zh", "en"] {
            let pages = site.paths.filter { $0.hasPrefix("\(language)/indicators/") && $0.hasSuffix(".html") }
            for indicator in ["hospital-delivery-rate", "maternal-mortality-ratio", "infant-mortality-rate"] {
                let data = try #require(Self.nested.files["data/\(indicator).csv"])
                let shown = Set(
                    pages.filter { $0.contains("/\(indicator)") }.flatMap { allTableRegions(site.page($0)) })
                for record in CSVRows.records(data) where (record["area"] ?? "").isEmpty {
                    #expect(shown.contains(record["region"] ?? ""), "\(indicator) \(record["region"] ?? "")")
                }
            }
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func regionIndexLeavesRegionsTwoLevelsDownToTheirParentsProfiles(_ language: FixtureLanguage) {
        let index = site.page("\(language.code)/regions/index.html")
        for code in ["100000", "620000", "620900"] { #expect(index.contains("<a href=\"\(code).html\">"), "\(code)") }
        #expect(!index.contains("<a href=\"621100.html\">") && !index.contains("<a href=\"620921.html\">"))
        let sentence = language.code == "zh" ? "所属地区的概况页" : "profile of the region they belong to"
        #expect(index.contains(sentence))
        #expect(site.page("\(language.code)/regions/620900.html").contains("<a href=\"620921.html\">"))
        let minimal = try? RenderedSite.minimal()
        #expect(minimal?.page("\(language.code)/regions/index.html").contains(sentence) == false, "all listed")
    }

    @Test func aSiteWhoseRegionsAreAllOverviewRegionsHasNoSubdivisionPages() throws {
        let minimal = try RenderedSite.minimal()
        #expect(!minimal.paths.contains { $0.contains("/indicators/") && $0.split(separator: "/").count > 3 })
    }
}
