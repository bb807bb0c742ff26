import Testing
import TestSupport

/// The time-series page of an indicator: chart, data table, flags, notes, sources, downloads.
@Suite struct IndicatorPageTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    private func page(_ language: FixtureLanguage, _ id: String = "maternal-mortality-ratio") -> String {
        site.page("\(language.code)/indicators/\(id).html")
    }

    @Test(arguments: FixtureLanguage.both)
    func chartIsAnAccessibleImageWithTitleAndDescription(_ language: FixtureLanguage) throws {
        let page = page(language)
        let svgs = HTMLScan.tags("svg", in: page)
        #expect(!svgs.isEmpty)
        let ids = HTMLScan.ids(in: page)
        for svg in svgs {
            #expect(HTMLScan.attribute("role", of: svg) == "img")
            let labelledBy = try #require(HTMLScan.attribute("aria-labelledby", of: svg))
            for id in labelledBy.split(separator: " ") {
                #expect(ids.contains(String(id)), "aria-labelledby \(id) resolves")
            }
            if let describedBy = HTMLScan.attribute("aria-describedby", of: svg) {
                for id in describedBy.split(separator: " ") { #expect(ids.contains(String(id))) }
            }
        }
        let name = language.code == "zh" ? "孕产妇死亡率" : "Maternal mortality ratio"
        #expect(page.contains("<title id=\"c1-title\">\(name)</title>"))
    }

    @Test func idsAreUniqueOnEveryPage() {
        for path in site.htmlPaths {
            var seen: [String: Int] = [:]
            for id in HTMLScan.attributeValues("id", in: site[path]) { seen[id, default: 0] += 1 }
            let duplicates = seen.filter { $0.value > 1 }.keys.sorted()
            #expect(duplicates.isEmpty, "\(path): \(duplicates)")
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func dataTableShowsValuesAsWrittenWithFlagsAndFootnotes(_ language: FixtureLanguage) throws {
        let page = page(language)
        let section = try #require(page.components(separatedBy: "<section aria-labelledby=\"h-data\">").dropFirst().first)
        let table = section.components(separatedBy: "</section>")[0]
        // Values exactly as in the data file, not rounded to the indicator's 2 decimals nor re-printed from a double.
        #expect(table.contains(">15.07<"))
        #expect(table.contains(">19.6<"))
        #expect(table.contains(">14.45<"))
        #expect(!table.contains("15.069999"))
        #expect(!table.contains("19.60"))
        // Headline series by region, home region and comparator highlighted.
        #expect(table.contains("<tr class=\"row-home\">"))
        #expect(table.contains("<tr class=\"row-comparator\">"))
        // The missing 2019 value carries its flag, explained once under the table.
        let missing = language.code == "zh" ? "缺失" : "Missing"
        #expect(table.contains("<abbr class=\"flag\" title=\"\(missing)\">M</abbr>"))
        #expect(table.contains("<dt><abbr class=\"flag\">M</abbr></dt><dd>\(missing)</dd>"))
        // The 2020 note as a numbered footnote, linked from its cell.
        #expect(table.contains("<a class=\"note-ref\" href=\"#n1\">1</a>"))
        let note = language.code == "zh" ? "较2017年上升,需关注" : "Higher than in 2017, to be watched"
        #expect(table.contains("<li id=\"n1\">\(note)</li>"))
    }

    @Test(arguments: FixtureLanguage.both)
    func estimatedValueIsFlagged(_ language: FixtureLanguage) {
        let page = page(language, "hospital-delivery-rate")
        let estimated = language.code == "zh" ? "估计值" : "Estimated"
        #expect(page.contains("<abbr class=\"flag\" title=\"\(estimated)\">E</abbr>"))
        #expect(page.contains("<dd>\(estimated)</dd>"))
    }

    @Test(arguments: FixtureLanguage.both)
    func sourcesLinkTheCitedPassage(_ language: FixtureLanguage) throws {
        let page = page(language)
        let sources = try #require(page.components(separatedBy: "<ul class=\"sources\">").dropFirst().first)
        #expect(sources.contains("href=\"https://example.org/bulletin-2021.pdf\""))
        #expect(sources.contains("href=\"../documents/bulletin-2021.html\""))
        #expect(sources.contains("href=\"../documents/bulletin-2021.html#p2\""))
        let title = language.code == "zh" ? "甘肃省人民政府妇女儿童工作委员会专刊" : "Bulletin of the Gansu Working Committee on Women and Children"
        #expect(sources.contains(title))
    }

    @Test(arguments: FixtureLanguage.both)
    func downloadsLinkTheIndicatorsFiles(_ language: FixtureLanguage) throws {
        let page = page(language)
        let downloads = try #require(page.components(separatedBy: "<ul class=\"downloads\">").dropFirst().first)
            .components(separatedBy: "</ul>")[0]
        let hrefs = HTMLScan.attributeValues("href", in: downloads)
        #expect(
            hrefs == [
                "../../data/maternal-mortality-ratio.csv", "../../data/maternal-mortality-ratio.xlsx",
                "../../data/maternal-mortality-ratio.json", "maternal-mortality-ratio.svg",
            ])
        #expect(page.contains("href=\"../compare/maternal-mortality-ratio/index.html\""), "link to the comparison")
    }

    @Test(arguments: FixtureLanguage.both)
    func longTextAndMentioningDocumentsAreShown(_ language: FixtureLanguage) {
        let page = page(language)
        #expect(page.contains(language.code == "zh" ? "孕产妇死亡率指每10万名活产中孕产妇死亡的人数。" : "The maternal mortality ratio is the number of maternal deaths per 100,000 live births."))
        #expect(page.contains("<a href=\"../documents/bulletin-2021.html\">"))
    }

    @Test(arguments: FixtureLanguage.both)
    func indicatorWithoutDataSaysSoAndOffersNoDownloads(_ language: FixtureLanguage) {
        let page = page(language, "preschool-gross-enrolment")
        #expect(page.contains(language.code == "zh" ? "该指标尚未发布数据" : "No data have been published for this indicator yet."))
        #expect(!page.contains("<svg"))
        #expect(!page.contains("class=\"downloads\""))
        #expect(site.files["\(language.code)/indicators/preschool-gross-enrolment.svg"] == nil)
        #expect(site.files["data/preschool-gross-enrolment.csv"] == nil)
    }

    @Test(arguments: FixtureLanguage.both)
    func standaloneChartIsAWellFormedSVGFile(_ language: FixtureLanguage) throws {
        let svg = try #require(site.text("\(language.code)/indicators/maternal-mortality-ratio.svg"))
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg"))
        #expect(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(XMLCheck.problem(in: svg) == nil)
    }
}
