import ContentLoading
import Foundation
import SiteModel
import SitePages
import Testing
import TestSupport

/// Indicator indexes at any scale: a site with more indicators than the index lists row by row
/// (`PageLimits.indicatorsPerIndex`, lowered here to 3 for the minimal fixture's 4) keeps on the index its summary
/// and, per topic, a count and a link to the topic's page, which holds the topic's rows as the index showed them.
@Suite struct TopicPagesTests {
    /// The minimal fixture's topics with indicators, each with its indicators in file order.
    static let topics = [
        "women-health": ["hospital-delivery-rate", "maternal-mortality-ratio"],
        "children-health": ["infant-mortality-rate"],
        "children-education": ["preschool-gross-enrolment"],
    ]

    let site: SiteFiles
    let whole: SiteFiles

    init() throws {
        site = try Self.render(.minimal(), indicatorsPerIndex: 3)
        whole = try RenderedSite.minimal()
    }

    /// `fixture` rendered as `RenderedSite` renders it, with the index's limit set.
    static func render(_ fixture: ContentFixture, indicatorsPerIndex: Int) throws -> SiteFiles {
        try fixture.withWrittenContent { content in
            let plan = try plan(content, indicatorsPerIndex: indicatorsPerIndex)
            var files: [String: [UInt8]] = [:]
            for file in plan.files { files[file.path] = try file.render() }
            return SiteFiles(files: files)
        }
    }

    static func plan(_ content: URL, indicatorsPerIndex: Int) throws -> SitePlan {
        let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
        let theme = try Theme.load(
            assets: PackagePaths.assets.path, overrides: content.path, languages: loaded.site.settings.languages)
        let settings = BuildSettings(indicatorsPerIndex: indicatorsPerIndex)
        return SitePlan(context: SiteContext(site: loaded.site, theme: theme, settings: settings))
    }

    /// The rows of the indicator table(s) of a page, one string each.
    private func rows(_ page: String) -> [String] {
        page.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().map { "<tr><th scope=\"row\">" + ($0.components(separatedBy: "</tr>").first ?? "") }
    }

    @Test(arguments: ["zh", "en"])
    func eachTopicPageHoldsExactlyItsTopicsRowsAsTheIndexShowedThem(_ language: String) {
        let index = whole.page("\(language)/indicators/index.html")
        var shown: [String] = []
        for (topic, indicators) in Self.topics {
            let page = site.page("\(language)/topics/\(topic).html")
            let rows = rows(page)
            #expect(rows.count == indicators.count, "\(topic)")
            for (row, indicator) in zip(rows, indicators) {
                #expect(row.contains("href=\"../indicators/\(indicator).html\""), "\(topic): \(indicator)")
                let original = self.rows(index).first { $0.contains("href=\"\(indicator).html\"") } ?? ""
                #expect(
                    row == original.replacingOccurrences(of: "href=\"\(indicator).html\"", with: "href=\"../indicators/\(indicator).html\""),
                    "the row as the index showed it, sparkline included")
                shown.append(indicator)
            }
            #expect(page.contains("<h1 id=\"topic-\(topic)\">"))
        }
        #expect(shown.sorted() == Self.topics.values.flatMap { $0 }.sorted(), "together they hold every indicator")
        #expect(site.page("\(language)/topics/women-health.html").contains("<svg"), "sparklines kept")
        #expect(site.text("\(language)/topics/women.html") == nil, "a plan without indicators of its own has no page")
    }

    @Test(arguments: ["zh", "en"])
    func theIndexKeepsItsSummaryAndLinksEachTopic(_ language: String) {
        let page = site.page("\(language)/indicators/index.html")
        #expect(rows(page).isEmpty && !page.contains("class=\"indicator-table\""), "no rows on the index")
        for (topic, indicators) in Self.topics {
            let label = language == "en" ? "All indicators of this topic (\(indicators.count))" : "本主题全部指标（\(indicators.count)个）"
            #expect(page.contains("<a href=\"../topics/\(topic).html\">\(label)</a>"), "\(topic)")
            #expect(page.contains("id=\"topic-\(topic)\""), "the home page's links to the topic still land")
        }
        let summary = { (page: String) in page.components(separatedBy: "<ul class=\"status-summary\">").dropFirst().first?.components(separatedBy: "</ul>").first }
        #expect(summary(page) != nil && summary(page) == summary(whole.page("\(language)/indicators/index.html")))
        let topic = site.page("\(language)/topics/women-health.html")
        #expect(topic.contains(language == "en" ? ">Indicators</a>" : ">指标</a>"), "breadcrumbs: Indicators › topic")
    }

    @Test func everyLinkResolvesAndTheSitemapListsTheTopicPages() {
        let problems = site.linkProblems()
        #expect(problems.isEmpty, "\(problems.prefix(10).map(\.description).joined(separator: "\n"))")
        let sitemap = site.page("sitemap.xml")
        for language in ["zh", "en"] {
            for topic in Self.topics.keys { #expect(sitemap.contains("\(language)/topics/\(topic).html</loc>")) }
        }
    }

    @Test func atOrBelowTheLimitNothingChanges() throws {
        #expect(!whole.paths.contains { $0.contains("/topics/") })
        let atLimit = try Self.render(.minimal(), indicatorsPerIndex: 4)
        #expect(atLimit.files == whole.files, "four indicators at a limit of four: the same site")
    }

    @Test func aTopicPageNamesTheDataOfItsOwnIndicators() throws {
        try ContentFixture.minimal().withWrittenContent { content in
            let plan = try Self.plan(content, indicatorsPerIndex: 3)
            let page = try #require(plan.files.first { $0.path == "en/topics/women-health.html" })
            #expect(page.dependencies.contains("data/hospital-delivery-rate.csv"))
            #expect(page.dependencies.contains("data/maternal-mortality-ratio.csv"))
            #expect(!page.dependencies.contains("data/infant-mortality-rate.csv") && !page.dependencies.contains("data/"))
            #expect(page.dependencies.contains("theme:templates/partials/indicator-table.mustache"))
        }
    }

    @Test func aTopicPageLivesInTheTopicsFolder() {
        let route = Route.topic(LanguageCode("en"), TopicID("women-health"))
        #expect(route.path == "en/topics/women-health.html")
        #expect(route.inLanguage(LanguageCode("zh")).path == "zh/topics/women-health.html")
        #expect(route.link(to: .indicatorIndex(LanguageCode("en"))) == "../indicators/index.html")
    }
}
