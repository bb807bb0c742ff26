import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The files at the site root and the machine-read files: root pages, feeds, sitemap, robots.txt.
@Suite struct RootFilesTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    @Test func rootIndexLeadsToTheDefaultLanguageWithoutJavaScript() throws {
        let page = site.page("index.html")
        #expect(!page.contains("<script"))
        let refresh = try #require(
            HTMLScan.tags("meta", in: page).first { HTMLScan.attribute("http-equiv", of: $0) == "refresh" })
        #expect(HTMLScan.attribute("content", of: refresh) == "0; url=zh/index.html")
        let hrefs = HTMLScan.tags("a", in: page).compactMap { HTMLScan.attribute("href", of: $0) }
        #expect(hrefs.contains("zh/index.html"), "a visible link for browsers that ignore the refresh")
        #expect(hrefs.contains("en/index.html"))
        #expect(HTMLScan.attribute("lang", of: HTMLScan.tags("html", in: page).first ?? "") == "zh")
        #expect(HTMLScan.languages(ofText: "Enter the site in English", in: page) == ["en"])
        #expect(HTMLScan.languages(ofText: "进入中文网站", in: page) == ["zh"])
    }

    @Test func rootNotFoundPageOffersBothLanguagesAndDoesNotRedirect() {
        let page = site.page("404.html")
        #expect(!page.contains("http-equiv=\"refresh\""))
        #expect(page.contains("页面不存在"))
        #expect(page.contains("This page does not exist"))
        #expect(HTMLScan.languages(ofText: "This page does not exist", in: page) == ["en"])
    }

    /// A host serves `404.html` for any missing address, often deep inside the site, so relative links on it
    /// resolve against that address and break; with a base URL they can be absolute.
    @Test(arguments: ["404.html", "zh/404.html", "en/404.html"])
    func notFoundPagesLinkAbsolutelyWhenTheSiteHasABaseURL(_ path: String) {
        let links = HTMLScan.links(in: site.page(path))
        #expect(!links.isEmpty)
        let relative = links.filter { !$0.hasPrefix("#") && !$0.hasPrefix("https://example.org/monitoring/") }
        #expect(relative.isEmpty, "\(path): \(relative)")
    }

    @Test(arguments: FixtureLanguage.both)
    func notFoundPageOfEachLanguage(_ language: FixtureLanguage) {
        let page = site.page("\(language.code)/404.html")
        #expect(page.contains(language.code == "zh" ? "页面不存在" : "Page not found"))
        // The fixture has a base URL, so the 404 page links absolutely (it is served at any missing address).
        #expect(HTMLScan.links(in: page).contains("https://example.org/monitoring/\(language.code)/index.html"), "links home")
    }

    @Test(arguments: FixtureLanguage.both)
    func atomFeedIsWellFormedAndListsTheDocuments(_ language: FixtureLanguage) throws {
        let path = "\(language.code)/feed.xml"
        #expect(XMLCheck.problem(in: site[path]) == nil)
        let feed = try XMLDocument(data: Data(site.files[path] ?? []))
        let root = try #require(feed.rootElement())
        #expect(root.name == "feed")
        #expect(root.uri == "http://www.w3.org/2005/Atom")
        #expect(root.attribute(forName: "xml:lang")?.stringValue == language.code)
        let entries = root.elements(forName: "entry")
        #expect(entries.count == 2)
        let titles = entries.compactMap { $0.elements(forName: "title").first?.stringValue }
        #expect(titles.contains(language.code == "zh" ? "甘肃省妇女儿童发展规划监测专刊" : "Monitoring bulletin of the Gansu development plans for women and children"))
        for entry in entries {
            #expect(entry.elements(forName: "id").first?.stringValue?.isEmpty == false)
            #expect(entry.elements(forName: "updated").first?.stringValue?.hasSuffix("T00:00:00Z") == true)
        }
        #expect(root.elements(forName: "updated").first?.stringValue == "2021-05-26T00:00:00Z", "newest document")
    }

    /// The English feed lists the Chinese-only report under its Chinese title, so the entry must say so.
    @Test func feedEntryInAnotherLanguageIsMarked() throws {
        let feed = try XMLDocument(data: Data(site.files["en/feed.xml"] ?? []))
        let entry = try #require(
            feed.rootElement()?.elements(forName: "entry").first {
                $0.elements(forName: "title").first?.stringValue == "用情用力落实政府主体责任"
            })
        let marked = entry.attribute(forName: "xml:lang")?.stringValue
            ?? entry.elements(forName: "title").first?.attribute(forName: "xml:lang")?.stringValue
        #expect(marked == "zh")
    }

    @Test func sitemapListsEveryPageOfEveryLanguageWithAlternates() throws {
        #expect(XMLCheck.problem(in: site["sitemap.xml"]) == nil)
        let sitemap = try XMLDocument(data: Data(site.files["sitemap.xml"] ?? []))
        let root = try #require(sitemap.rootElement())
        #expect(root.name == "urlset")
        let urls = root.elements(forName: "url")
        let locations = Set(urls.compactMap { $0.elements(forName: "loc").first?.stringValue })
        let base = "https://example.org/monitoring/"
        let expected = Set(
            site.htmlPaths.filter {
                ($0.hasPrefix("zh/") || $0.hasPrefix("en/")) && !$0.hasSuffix("/404.html") && !$0.contains("/embed/")
                    && !$0.hasSuffix("/translation-status.html")
            }
                .map { base + $0 })
        #expect(locations.subtracting(expected).isEmpty, "no address that is not a page: \(locations.subtracting(expected).sorted())")
        #expect(expected.subtracting(locations).isEmpty, "every page of every language: missing \(expected.subtracting(locations).count), e.g. \(expected.subtracting(locations).sorted().prefix(3))")
        let entries = site["sitemap.xml"].components(separatedBy: "<url>").dropFirst()
        #expect(entries.count == urls.count)
        let withoutAlternates = entries.filter { entry in
            let links = HTMLScan.tags("xhtml:link", in: entry)
            return Set(links.compactMap { HTMLScan.attribute("hreflang", of: $0) }) != ["zh", "en"]
        }
        #expect(withoutAlternates.isEmpty, "\(withoutAlternates.count) of \(urls.count) entries lack alternates")
    }

    @Test func robotsAllowsEverythingAndNamesTheSitemap() {
        #expect(site.page("robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://example.org/monitoring/sitemap.xml\n")
    }

    @Test func stylesheetIsCopiedFromTheTheme() throws {
        let theme = try Data(contentsOf: PackagePaths.assets.appendingPathComponent("static/almanac.css"))
        #expect(site.files["assets/almanac.css"] == Array(theme))
    }
}
