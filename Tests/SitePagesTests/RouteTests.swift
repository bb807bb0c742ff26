import SiteModel
import SitePages
import Testing

/// The URL scheme: every address is a file path relative to the site root, and links between them are relative.
@Suite struct RouteTests {
    @Test(arguments: [
        ("zh/indicators/a.html", "zh/regions/b.html", "../regions/b.html"),
        ("zh/indicators/a.html", "zh/indicators/index.html", "index.html"),
        ("zh/compare/a/index.html", "zh/indicators/a.html", "../../indicators/a.html"),
        ("zh/compare/a/index.html", "data/a.csv", "../../../data/a.csv"),
        ("index.html", "zh/index.html", "zh/index.html"),
        ("zh/index.html", "assets/almanac.css", "../assets/almanac.css"),
        ("zh/index.html", "en/index.html", "../en/index.html"),
        ("zh/data.html", "zh/data.html", "data.html"),
        ("404.html", "robots.txt", "robots.txt"),
    ])
    func relativePathBetweenSiteFiles(_ from: String, _ to: String, _ expected: String) {
        #expect(Route.relativePath(from: from, to: to) == expected)
    }

    @Test func everyPageRouteIsAnHTMLFileInItsLanguageFolder() {
        let zh = LanguageCode("zh")
        let routes: [Route] = [
            .home(zh), .indicatorIndex(zh), .indicator(zh, IndicatorID("a")), .comparison(zh, IndicatorID("a"), period: nil),
            .comparison(zh, IndicatorID("a"), period: "2019"), .regionIndex(zh), .region(zh, RegionCode("620000")),
            .documentIndex(zh), .document(zh, DocumentSlug("d")), .page(zh, PageSlug("p")), .dataPage(zh), .notFound(zh),
        ]
        for route in routes {
            #expect(route.path.hasPrefix("zh/") && route.path.hasSuffix(".html"), "\(route.path)")
            #expect(route.inLanguage(LanguageCode("en")).path == "en/" + route.path.dropFirst(3))
        }
        #expect(Set(routes.map(\.path)).count == routes.count, "no two routes share a file")
    }

    @Test func schoolYearPeriodBecomesAFileName() {
        let route = Route.comparison(LanguageCode("en"), IndicatorID("a"), period: "2020/2021")
        #expect(route.path == "en/compare/a/2020_2021.html")
    }

    @Test func linksCarryTheirFragment() {
        let from = Route.indicator(LanguageCode("zh"), IndicatorID("a"))
        #expect(from.link(to: .document(LanguageCode("zh"), DocumentSlug("d")), fragment: "p2") == "../documents/d.html#p2")
    }

    @Test func languageNeutralRoutesStayThemselves() {
        for route in [Route.root, .rootNotFound, .stylesheet, .download("all.csv"), .sitemap, .robots] {
            #expect(route.inLanguage(LanguageCode("en")) == route)
        }
    }
}
