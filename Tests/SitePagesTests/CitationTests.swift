import Foundation
import SiteModel
import Testing
import TestSupport

/// The "cite this" block of indicator and comparison pages, and the BibTeX and CSL-JSON files beside it.
@Suite struct CitationTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.render(.minimalWithoutBaseURL()) }

    static let gbt =
        "甘肃省人民政府妇女儿童工作委员会办公室. 婴儿死亡率[EB/OL]. 甘肃省妇女儿童发展规划监测, 2021[2021-05-26]. zh/indicators/infant-mortality-rate.html."
    static let apa =
        "Office of the Gansu Working Committee on Women and Children. (2021). Infant mortality rate [Data set]. Gansu Women and Children Development Monitoring. Retrieved 2021-05-26, from en/indicators/infant-mortality-rate.html"

    /// The date is the newest document's (2021-05-26, not jiuquan-report's 2021-05-10), never today's.
    @Test func indicatorPagesCiteInTheLanguagesStyle() {
        #expect(site.page("zh/indicators/infant-mortality-rate.html").contains("<p class=\"citation\">\(Self.gbt)</p>"))
        #expect(site.page("en/indicators/infant-mortality-rate.html").contains("<p class=\"citation\">\(Self.apa)</p>"))
    }

    @Test func theCanonicalURLIsCitedWhenTheBaseURLIsSet() throws {
        let site = try RenderedSite.render(.minimal(), baseURL: "https://example.org/monitoring/")
        let zh = Self.gbt.replacingOccurrences(of: " zh/", with: " https://example.org/monitoring/zh/")
        #expect(site.page("zh/indicators/infant-mortality-rate.html").contains(zh))
        let bib = site["en/cite/infant-mortality-rate.bib"]
        #expect(bib.contains("  url = {https://example.org/monitoring/en/indicators/infant-mortality-rate.html},\n"))
    }

    @Test func withoutDocumentsTheCitationHasNoDate() throws {
        let site = try RenderedSite.render(.minimalWithoutBaseURL()) { site in
            site = Site(
                settings: site.settings, regions: site.regions, topics: site.topics, indicators: site.indicators,
                data: site.data, sources: site.sources, labels: site.labels, documents: [], pages: site.pages,
                inputFiles: site.inputFiles)
        }
        #expect(
            site.page("zh/indicators/infant-mortality-rate.html").contains(
                "<p class=\"citation\">甘肃省人民政府妇女儿童工作委员会办公室. 婴儿死亡率[EB/OL]. 甘肃省妇女儿童发展规划监测. zh/indicators/infant-mortality-rate.html.</p>"))
        #expect(!site["en/cite/infant-mortality-rate.bib"].contains("urldate"))
    }

    @Test(arguments: FixtureLanguage.both)
    func comparisonPagesCiteThemselves(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/compare/maternal-mortality-ratio/index.html")
        #expect(page.contains("<section aria-labelledby=\"h-cite\" class=\"cite\">"))
        let url = "\(language.code)/compare/maternal-mortality-ratio/index.html"
        #expect(page.contains(language.code == "zh" ? "[EB/OL]" : "[Data set]"))
        #expect(page.contains(url))
    }

    @Test(arguments: FixtureLanguage.both)
    func indicatorPagesOfferBibTeXAndCSLJSON(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/indicators/infant-mortality-rate.html")
        #expect(page.contains("<a href=\"../cite/infant-mortality-rate.bib\" download>"))
        #expect(page.contains("<a href=\"../cite/infant-mortality-rate.json\" download>"))
    }

    @Test func bibTeXParsesWithTheFieldsOfTheCitation() throws {
        let entry = try #require(BibTeXEntry(site["zh/cite/infant-mortality-rate.bib"]))
        #expect(entry.type == "misc")
        #expect(entry.key == "infant-mortality-rate-zh")
        #expect(entry.fields["author"] == "{甘肃省人民政府妇女儿童工作委员会办公室}")
        #expect(entry.fields["title"] == "{婴儿死亡率}")
        #expect(entry.fields["howpublished"] == "甘肃省妇女儿童发展规划监测")
        #expect(entry.fields["year"] == "2021")
        #expect(entry.fields["urldate"] == "2021-05-26")
        #expect(entry.fields["url"] == "zh/indicators/infant-mortality-rate.html")
        #expect(entry.fields["language"] == "zh")
    }

    @Test func bibTeXEscapesTeXSpecialCharactersAndStaysBalanced() throws {
        let site = try RenderedSite.render(
            .minimal().replacing(
                "Infant mortality rate,", with: "\"Infant {mortality} 100% & $5 #1 a_b \\\\x ~^\",", in: "indicators.csv"))
        let text = site["en/cite/infant-mortality-rate.bib"]
        let entry = try #require(BibTeXEntry(text), "\(text)")
        #expect(
            entry.fields["title"]
                == "{Infant \\{mortality\\} 100\\% \\& \\$5 \\#1 a\\_b \\textbackslash{}\\textbackslash{}x \\textasciitilde{}\\textasciicircum{}}")
    }

    @Test func cslJSONParsesAsADataset() throws {
        let data = Data(site["en/cite/infant-mortality-rate.json"].utf8)
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let item = try #require(items.first)
        #expect(items.count == 1)
        #expect(item["id"] as? String == "infant-mortality-rate-en")
        #expect(item["type"] as? String == "dataset")
        #expect(item["title"] as? String == "Infant mortality rate")
        #expect((item["author"] as? [[String: String]])?.first?["literal"] == "Office of the Gansu Working Committee on Women and Children")
        #expect(item["container-title"] as? String == "Gansu Women and Children Development Monitoring")
        #expect(item["URL"] as? String == "en/indicators/infant-mortality-rate.html")
        #expect((item["accessed"] as? [String: Any]).flatMap { $0["date-parts"] as? [[Int]] } == [[2021, 5, 26]])
        #expect((item["issued"] as? [String: Any]).flatMap { $0["date-parts"] as? [[Int]] } == [[2021]])
    }
}

/// Just enough of BibTeX to read one entry back: `@type{key, name = {value}, …}` with balanced braces.
struct BibTeXEntry {
    var type: String
    var key: String
    var fields: [String: String]

    init?(_ text: String) {
        let characters = Array(text)
        guard characters.first == "@", let open = characters.firstIndex(of: "{"),
            let comma = characters[open...].firstIndex(of: ",")
        else { return nil }
        type = String(characters[1..<open])
        key = String(characters[(open + 1)..<comma])
        fields = [:]
        var index = comma + 1
        while index < characters.count {
            while index < characters.count, characters[index].isWhitespace || characters[index] == "," { index += 1 }
            if index >= characters.count || characters[index] == "}" { break }
            guard let equals = characters[index...].firstIndex(of: "=") else { return nil }
            let name = String(characters[index..<equals]).trimmingCharacters(in: .whitespaces)
            guard let start = characters[equals...].firstIndex(of: "{") else { return nil }
            var depth = 0
            var end = start
            repeat {
                if characters[end] == "\\" { end += 2; continue }
                if characters[end] == "{" { depth += 1 }
                if characters[end] == "}" { depth -= 1 }
                end += 1
            } while depth > 0 && end < characters.count
            guard depth == 0 else { return nil }
            fields[name] = String(characters[(start + 1)..<(end - 1)])
            index = end
        }
        guard index < characters.count, characters[index] == "}" else { return nil }
    }
}
