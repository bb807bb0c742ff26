import ContentLoading
import Foundation
import SiteModel
@testable import SitePages
import TestSupport
import Testing

/// A language's pages are built from its `LanguageContext` alone — the shared `SiteContext`, the language, its
/// strings and its formatting —, to the same bytes as the plan's files: what an incremental rebuild of one page
/// needs to make it again.
@Suite struct LanguageContextTests {
    @Test func pagesOfOneLanguageBuiltFromItsContextAreThePlansFiles() throws {
        try ContentFixture.minimal().withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let site = loaded.site
            let theme = try Theme.load(
                assets: PackagePaths.assets.path, overrides: content.path, languages: site.settings.languages)
            let context = SiteContext(site: site, theme: theme)
            let files = Dictionary(
                SitePlan(context: context).files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            let indicator = try #require(site.indicators.first { site.data[$0.id] != nil })
            let region = try #require(site.regions.last)
            let period = try #require(context.comparisonPeriods(indicator).last)
            #expect(context.languages.count > 1)
            for language in context.languages {
                let pages = LanguageContext(context, language)
                let built: [(Route, String)] = [
                    (.home(language), try pages.homePage()),
                    (.indicator(language, indicator.id), try pages.indicatorPage(indicator)),
                    (.comparison(language, indicator.id, period: nil), try pages.comparisonPage(indicator, period, isLatest: true)),
                    (.region(language, region.code), try pages.regionPage(region)),
                    (.search(language), try pages.searchPage()),
                    (.notFound(language), try pages.notFoundPage()),
                    (.feed(language), pages.atomFeed()),
                ]
                for (route, text) in built {
                    let planned = try #require(files[route.path], "\(route.path)")
                    #expect(Array(text.utf8) == (try planned.render()), "\(route.path)")
                    if route != .feed(language) { #expect(text.contains("lang=\"\(language)\"")) }
                }
            }
        }
    }

    /// Formatting reads a language's conventions from its strings only: a new language file is all a locale needs.
    @Test func formattingFollowsTheLanguagesStrings() throws {
        try ContentFixture.minimal().withWrittenContent { content in
            let site = try ContentLoader(contentDirectory: content, displayPath: "content").load().site
            let strings = UIStrings(
                language: "de",
                texts: [
                    "number.decimal_separator": ",", "number.grouping_separator": ".",
                    "units.percent.format": "{value} %", "units.percent.label": "%", "status.met": "erreicht",
                    "status_icon.met": "✓", "flags.E": "geschätzt",
                ])
            let format = Formatting(site: site, strings: strings)
            #expect(format.direction == "ltr")
            #expect(format.groupedNumber("1234567.5") == "1.234.567,5")
            #expect(format.formatValue(try #require(DecimalValue("99.4")), unit: "percent") == "99,4 %")
            #expect(format.unitLabel("percent") == "%")
            #expect(format.statusView(.met) == StatusView(key: "met", text: "erreicht", icon: "✓"))
            #expect(format.flagText(.estimated) == "geschätzt")
        }
    }
}
