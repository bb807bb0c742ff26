import ContentLoading
import Foundation
import SiteModel
@testable import SitePages
import TestSupport
import Testing

/// The layout's links are found once per folder of a language (`LayoutLinksCache`): every page must still get the
/// links from where it is, in its own language, whichever page of the folder or of another folder came first.
@Suite struct LayoutLinksTests {
    @Test func eachPageGetsTheLinksFromItsOwnFolderAndLanguage() throws {
        try ContentFixture.minimal().withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let site = loaded.site
            let theme = try Theme.load(
                assets: PackagePaths.assets.path, overrides: content.path, languages: site.settings.languages)
            let context = SiteContext(site: site, theme: theme)
            let indicator = try #require(site.indicators.first).id
            let region = try #require(site.regions.last).code
            let page = try #require(site.pages.first).slug
            #expect(context.languages.count > 1)
            for language in context.languages {
                let pages = LanguageContext(context, language)
                // Deep, shallow, the same folders again, and the not-found page (absolute links), in turn.
                let routes: [Route] = [
                    .subdivisionPart(language, indicator, region, part: 2), .home(language), .region(language, region),
                    .subdivisions(language, indicator, region), .indicator(language, indicator), .page(language, page),
                    .regionIndex(language), .subdivisionPart(language, indicator, region, part: 1), .notFound(language),
                    .home(language), .region(language, region),
                ]
                for route in routes {
                    let layout = pages.layout(route, title: "t")
                    #expect(layout.homeHref == context.link(from: route, to: .home(language)), "\(route)")
                    #expect(layout.stylesheet == context.link(from: route, to: .stylesheet), "\(route)")
                    #expect(layout.chartStylesheet == context.link(from: route, to: .chartStylesheet), "\(route)")
                    #expect(layout.feedHref == context.link(from: route, to: .feed(language)), "\(route)")
                    #expect(layout.dataHref == context.link(from: route, to: .dataPage(language)), "\(route)")
                    #expect(layout.searchHref == context.link(from: route, to: .search(language)), "\(route)")
                    #expect(layout.breadcrumbs.first?.href == layout.homeHref, "\(route)")
                    let navTargets: [Route] = [
                        .home(language), .indicatorIndex(language), .regionIndex(language), .documentIndex(language),
                        .dataPage(language), .page(language, page),
                    ]
                    #expect(layout.nav.map(\.href) == navTargets.map { context.link(from: route, to: $0) }, "\(route)")
                    #expect(layout.nav.map(\.current).filter { $0 }.count <= 1, "\(route)")
                    #expect(layout.nav.last?.current == (route == .page(language, page)), "\(route)")
                }
            }
        }
    }
}
