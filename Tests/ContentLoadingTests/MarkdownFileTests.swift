import ContentLoading
import SiteModel
import TestSupport
import Testing

/// Errors in documents, pages and indicator texts: file names, front matter, links, charts and raw HTML.
@Suite struct MarkdownFileTests {
    private let minimal = ContentFixture.minimal()
    private let jiuquan = "documents/jiuquan-report.zh.md"
    private let bulletin = "documents/bulletin-2021.zh.md"
    private let chart = "indicator: maternal-mortality-ratio\nregions: [\"620000\", \"100000\"]\n"

    /// The minimal fixture with the chart block of the Chinese bulletin (body on lines 15 and 16) replaced.
    private func withChart(_ body: String) -> ContentFixture {
        minimal.replacing(chart, with: body, in: bulletin)
    }

    // MARK: File names

    @Test func languageNotOfTheSite() throws {
        try expectSingleError(
            minimal.with("documents/jiuquan-report.fr.md", minimal.files[jiuquan]!),
            "content/documents/jiuquan-report.fr.md: error: language \"fr\" of the file name is not a language of site.yml (zh, en)")
    }

    @Test func badSlug() throws {
        try expectSingleError(
            minimal.with("pages/About_Us.zh.md", minimal.files["pages/about.zh.md"]!),
            "content/pages/About_Us.zh.md: error: bad slug \"About_Us\" in the file name: use lowercase letters a-z, digits and -")
    }

    @Test func fileNameWithoutLanguage() throws {
        try expectSingleError(
            minimal.with("pages/contact.md", minimal.files["pages/about.zh.md"]!),
            "content/pages/contact.md: error: name the file <slug>.<lang>.md, e.g. example.zh.md")
    }

    // MARK: Front matter

    @Test func documentWithoutTitle() throws {
        try expectSingleError(
            minimal.replacing("title: 用情用力落实政府主体责任\n", with: "", in: jiuquan),
            "content/documents/jiuquan-report.zh.md:2:1: error: missing title in the front matter")
    }

    @Test func documentWithoutFrontMatter() throws {
        try expectSingleError(
            minimal.with(jiuquan, "酒泉市住院分娩率达到99.8%。\n"),
            "content/documents/jiuquan-report.zh.md:1:1: error: missing front matter: a document starts with ---, title:, date: and ---")
    }

    @Test func badDate() throws {
        try expectSingleError(
            minimal.replacing("date: 2021-05-10", with: "date: 2021-5-10", in: jiuquan),
            "content/documents/jiuquan-report.zh.md:3:7: error: bad date \"2021-5-10\": use YYYY-MM-DD, e.g. 2021-05-26")
        try expectSingleError(
            minimal.replacing("date: 2021-05-10", with: "date: 2021-02-30", in: jiuquan),
            "content/documents/jiuquan-report.zh.md:3:7: error: bad date \"2021-02-30\": use YYYY-MM-DD, e.g. 2021-05-26")
    }

    @Test func missingDate() throws {
        try expectSingleError(
            minimal.replacing("date: 2021-05-10\n", with: "", in: jiuquan),
            "content/documents/jiuquan-report.zh.md:2:1: error: missing date in the front matter")
    }

    @Test func unknownIndicatorInFrontMatter() throws {
        try expectSingleError(
            minimal.replacing("indicators: [hospital-delivery-rate]", with: "indicators: [hospital-delivery-rates]", in: jiuquan),
            "content/documents/jiuquan-report.zh.md:6:14: error: unknown indicator \"hospital-delivery-rates\" (not in indicators.csv)")
    }

    @Test func badTranslationFlag() throws {
        try expectSingleError(
            minimal.replacing("translation: true", with: "translation: perhaps", in: "documents/bulletin-2021.en.md"),
            "content/documents/bulletin-2021.en.md:7:14: error: translation must be true or false")
    }

    @Test func frontMatterSyntaxErrorAtItsFileLine() throws {
        try expectSingleError(
            minimal.replacing("kind: report", with: "kind: [report", in: jiuquan),
            // The list opened on line 5 meets the next key on line 6, YAML line 5 of the front matter.
            "content/documents/jiuquan-report.zh.md:6:11: error: bad YAML: did not find expected ',' or ']' (while parsing a flow sequence)")
    }

    @Test func unclosedFrontMatter() throws {
        try expectSingleError(
            minimal.replacing("indicators: [hospital-delivery-rate]\n---\n", with: "indicators: [hospital-delivery-rate]\n", in: jiuquan),
            "content/documents/jiuquan-report.zh.md:1:1: error: the front matter opened by --- is never closed (add a --- line after it)")
    }

    @Test func unknownFrontMatterKeyIsAWarning() throws {
        _ = try expectWarnings(
            minimal.replacing("kind: report", with: "kind: report\nauthr: 某人", in: jiuquan),
            [
                "content/documents/jiuquan-report.zh.md:6:1: warning: unknown key \"authr\" in the front matter is ignored (known keys: title, date, author, role, kind, indicators, translation)"
            ])
    }

    @Test func pageWithoutTitleOrWithBadWeight() throws {
        try expectSingleError(
            minimal.replacing("title: About this site\n", with: "", in: "pages/about.en.md"),
            "content/pages/about.en.md:2:1: error: missing title in the front matter")
        try expectSingleError(
            minimal.replacing("weight: 1", with: "weight: first", in: "pages/about.en.md"),
            "content/pages/about.en.md:3:9: error: weight must be a whole number")
    }

    @Test func textForUnknownIndicator() throws {
        try expectSingleError(
            minimal.with("indicators/unknown-thing.en.md", "Text.\n"),
            "content/indicators/unknown-thing.en.md: error: text for unknown indicator \"unknown-thing\": add a row for it to indicators.csv")
    }

    // MARK: Links

    @Test func linkToUnknownObjects() throws {
        try expectSingleError(
            minimal.replacing("(document:bulletin-2021)", with: "(document:bulletin-2020)", in: jiuquan),
            "content/documents/jiuquan-report.zh.md:10:6: error: link to unknown document \"bulletin-2020\"")
        try expectSingleError(
            minimal.replacing("(page:about)", with: "(page:abut)", in: jiuquan),
            "content/documents/jiuquan-report.zh.md:10:38: error: link to unknown page \"abut\"")
        try expectSingleError(
            minimal.replacing("(indicator:maternal-mortality-ratio)", with: "(indicator:mmr)", in: bulletin),
            "content/documents/bulletin-2021.zh.md:12:40: error: link to unknown indicator \"mmr\"")
        try expectSingleError(
            minimal.replacing("(region:620900)", with: "(region:629999)", in: bulletin),
            "content/documents/bulletin-2021.zh.md:19:3: error: link to unknown region \"629999\"")
    }

    @Test func linkWithUnknownScheme() throws {
        try expectSingleError(
            minimal.replacing("(indicator:maternal-mortality-ratio)", with: "(indicater:maternal-mortality-ratio)", in: bulletin),
            "content/documents/bulletin-2021.zh.md:12:40: error: unknown link scheme \"indicater:\": link site objects with indicator:, region:, document: or page: and web pages with https://")
    }

    @Test func webMailAndRelativeLinksAreFine() throws {
        let links = "[a](https://example.org/x) [b](mailto:office@example.org) [c](../x.html) [d](#p1) [e](http://example.org)"
        _ = try expectWarnings(minimal.replacing("酒泉市住院分娩率达到99.8%。", with: links, in: jiuquan), [])
    }

    @Test func linksInPagesAndIndicatorTextsAreChecked() throws {
        try expectSingleError(
            minimal.replacing("本站发布", with: "[见](page:methods)本站发布", in: "pages/about.zh.md"),
            "content/pages/about.zh.md:5:1: error: link to unknown page \"methods\"")
        try expectSingleError(
            minimal.with("indicators/maternal-mortality-ratio.en.md", "See [Gansu](region:62).\n"),
            "content/indicators/maternal-mortality-ratio.en.md:1:5: error: link to unknown region \"62\"")
    }

    // MARK: Charts

    @Test func chartWithBadYAML() throws {
        try expectSingleError(
            withChart("indicator: maternal-mortality-ratio\nregions: [\"620000\", \"100000\"\n"),
            "content/documents/bulletin-2021.zh.md:17:1: error: bad YAML: did not find expected ',' or ']' (while parsing a flow sequence)")
    }

    @Test func chartWithUnknownIndicator() throws {
        try expectSingleError(
            withChart("indicator: mmr\n"),
            "content/documents/bulletin-2021.zh.md:15:12: error: chart: unknown indicator \"mmr\" (not in indicators.csv)")
    }

    @Test func chartWithUnknownRegion() throws {
        try expectSingleError(
            withChart("indicator: maternal-mortality-ratio\nregions: [\"620000\", \"629999\"]\n"),
            "content/documents/bulletin-2021.zh.md:16:21: error: chart: unknown region \"629999\" (not in regions.csv)")
    }

    @Test func chartWithBadKind() throws {
        try expectSingleError(
            withChart("indicator: maternal-mortality-ratio\nkind: pie\n"),
            "content/documents/bulletin-2021.zh.md:16:7: error: chart: bad kind \"pie\": use line, bar or map")
    }

    @Test func chartWithBadYear() throws {
        try expectSingleError(
            withChart("indicator: maternal-mortality-ratio\nkind: bar\nyear: 2020Q1\n"),
            "content/documents/bulletin-2021.zh.md:17:7: error: bad period \"2020Q1\" in the chart's year: use a year 2020, a quarter 2020-Q1, a month 2020-03, a school year 2020/2021 or a range 2017-2019")
    }

    @Test func yearOnALineChartIsAWarning() throws {
        try expectWarnings(
            withChart("indicator: maternal-mortality-ratio\nyear: 2020\n"),
            ["content/documents/bulletin-2021.zh.md:16:7: warning: chart: year applies to bar and map charts; a line chart shows every period"])
    }

    @Test func chartWithUnknownDimension() throws {
        try expectSingleError(
            withChart("indicator: infant-mortality-rate\nwhere: {sex: female}\n"),
            "content/documents/bulletin-2021.zh.md:16:9: error: chart: the data of \"infant-mortality-rate\" have no dimension \"sex\" (its dimensions: area)")
    }

    @Test func chartWithoutIndicatorOrEmpty() throws {
        try expectSingleError(
            withChart("kind: bar\n"),
            "content/documents/bulletin-2021.zh.md:14:1: error: chart block without indicator: name the indicator to draw")
        try expectSingleError(
            withChart(""),
            "content/documents/bulletin-2021.zh.md:14:1: error: empty chart block: it needs at least indicator: <id>")
    }

    @Test func chartInAListKeepsItsColumns() throws {
        let list = "- 图表：\n\n  ```chart\n  indicator: mmr\n  ```\n"
        try expectSingleError(
            minimal.replacing("酒泉市住院分娩率达到99.8%。\n", with: list, in: jiuquan),
            "content/documents/jiuquan-report.zh.md:11:14: error: chart: unknown indicator \"mmr\" (not in indicators.csv)")
    }

    @Test func readsEveryChartField() throws {
        let fixture = withChart("indicator: infant-mortality-rate\nkind: map\nyear: \"2020\"\nregions: [620900, \"621100\"]\nwhere: {area: rural}\n")
        let site = try #require(try expectWarnings(fixture, []))
        let charts = site.documentIndex["bulletin-2021"]?.versions["zh"]?.body.charts
        #expect(
            charts == [
                ChartSpec(
                    indicator: "infant-mortality-rate", kind: .map, regions: ["620900", "621100"], period: "2020",
                    filter: ["area": "rural"])
            ])
    }

    // MARK: Raw HTML

    @Test func rawHTMLIsAWarningUnlessAllowed() throws {
        let fixture = minimal.replacing("酒泉市住院分娩率达到99.8%。", with: "<div>注</div>", in: jiuquan)
        _ = try expectWarnings(
            fixture,
            ["content/documents/jiuquan-report.zh.md:8:1: warning: raw HTML is dropped; set markdown.raw_html in site.yml to keep it"])
        let allowed = fixture.replacing("comparators:", with: "markdown: {raw_html: true}\ncomparators:", in: "site.yml")
        _ = try expectWarnings(allowed, [])
    }
}
