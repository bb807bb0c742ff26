import Foundation
import Testing
import TestSupport

/// The parts every page shares, checked on every page of both languages.
@Suite struct LayoutTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    /// The pages framed by the layout: all but the embed pages, which are a chart for other sites, without navigation.
    private func framedPaths(_ language: FixtureLanguage) -> [String] {
        site.htmlPaths(language: language.code).filter { !$0.contains("/embed/") }
    }

    @Test(arguments: FixtureLanguage.both)
    func everyPageDeclaresItsLanguage(_ language: FixtureLanguage) {
        let pages = site.htmlPaths(language: language.code)
        #expect(pages.count > 20)
        for path in pages {
            let html = HTMLScan.tags("html", in: site[path]).first ?? ""
            #expect(HTMLScan.attribute("lang", of: html) == language.code, "\(path)")
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func everyPageNamesItsTranslationsAsAlternates(_ language: FixtureLanguage) {
        for path in framedPaths(language) {
            let alternates = HTMLScan.tags("link", in: site[path]).filter {
                HTMLScan.attribute("rel", of: $0) == "alternate" && HTMLScan.attribute("hreflang", of: $0) != nil
            }
            let byLanguage = Dictionary(
                alternates.map { (HTMLScan.attribute("hreflang", of: $0)!, HTMLScan.attribute("href", of: $0)!) },
                uniquingKeysWith: { first, _ in first })
            #expect(Set(byLanguage.keys) == ["zh", "en"], "\(path)")
            for (code, href) in byLanguage {
                // The fixture has a base URL, so alternates are absolute.
                #expect(href == "https://example.org/monitoring/" + inLanguage(path, code), "\(path)")
            }
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func languageSwitcherLeadsToTheSamePageInTheOtherLanguage(_ language: FixtureLanguage) throws {
        for path in framedPaths(language) {
            let page = site[path]
            guard let start = page.range(of: "<nav class=\"lang-switch\""),
                let end = page[start.upperBound...].range(of: "</nav>")
            else {
                Issue.record("\(path): no language switcher")
                continue
            }
            let switcher = String(page[start.lowerBound..<end.upperBound])
            let links = HTMLScan.tags("a", in: switcher)
            #expect(links.count == 1, "\(path): one link, to the other language")
            for link in links {
                #expect(HTMLScan.attribute("hreflang", of: link) == language.other, "\(path)")
                #expect(HTMLScan.attribute("lang", of: link) == language.other, "\(path)")
                let href = try #require(HTMLScan.attribute("href", of: link))
                let target = try SiteFiles.resolve(href, from: path, baseURL: "https://example.org/monitoring/").get()
                #expect(target.path == inLanguage(path, language.other), "\(path): switcher leads to \(target.path)")
            }
            #expect(switcher.contains("<span class=\"current\" lang=\"\(language.code)\">\(language.ownName)</span>"), "\(path)")
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func everyPageHasSkipLinkNavigationAndFooter(_ language: FixtureLanguage) {
        for path in framedPaths(language) {
            let page = site[path]
            let body = page.components(separatedBy: "<body>").last ?? ""
            let firstLink = HTMLScan.tags("a", in: body).first ?? ""
            #expect(HTMLScan.attribute("class", of: firstLink) == "skip-link", "\(path): the skip link comes first")
            #expect(HTMLScan.attribute("href", of: firstLink) == "#main", "\(path)")
            #expect(HTMLScan.ids(in: page).contains("main"), "\(path): the skip link's target exists")
            #expect(HTMLScan.tags("main", in: page).count == 1, "\(path)")
            let navs = HTMLScan.tags("nav", in: page).filter { HTMLScan.attribute("class", of: $0) == "site-nav" }
            #expect(navs.count == 1 && HTMLScan.attribute("aria-label", of: navs[0])?.isEmpty == false, "\(path)")
            guard let footer = page.range(of: "<footer").map({ String(page[$0.lowerBound...]) }) else {
                Issue.record("\(path): no footer")
                continue
            }
            #expect(footer.contains(language.publisher), "\(path): footer names the publisher")
            #expect(footer.contains(language.license), "\(path): footer names the licence")
        }
    }

    @Test(arguments: FixtureLanguage.both)
    func everyPageHasATitleAndLinksTheStylesheet(_ language: FixtureLanguage) throws {
        for path in framedPaths(language) {
            let page = site[path]
            let title = page.range(of: "<title>").flatMap { start in
                page[start.upperBound...].range(of: "</title>").map { String(page[start.upperBound..<$0.lowerBound]) }
            }
            #expect(title?.isEmpty == false, "\(path)")
            #expect(title?.hasSuffix(language.siteTitle) == true, "\(path): \(title ?? "")")
            let stylesheets = HTMLScan.tags("link", in: page).filter { HTMLScan.attribute("rel", of: $0) == "stylesheet" }
            let resolved = try stylesheets.compactMap { HTMLScan.attribute("href", of: $0) }.map {
                try SiteFiles.resolve($0, from: path, baseURL: "https://example.org/monitoring/").get().path
            }
            #expect(resolved == ["assets/almanac-charts.css", "assets/almanac.css"], "\(path)")
        }
    }

    /// The chart colour rules are one file every page links, not a `<style>` in each of a page's SVGs; the chart
    /// download, a file on its own, keeps its own.
    @Test func chartRulesAreLinkedOnceNotEmbeddedInEachChart() throws {
        let rules = site["assets/almanac-charts.css"]
        #expect(rules.contains(":where(.chart .grid){stroke:var(--chart-grid,"), "\(rules)")
        let page = site["en/indicators/maternal-mortality-ratio.html"]
        #expect(page.contains("<svg"))
        #expect(!page.contains("<style"), "no chart embeds its rules")
        #expect(site["en/indicators/maternal-mortality-ratio.svg"].contains("<style>"))
    }
}
