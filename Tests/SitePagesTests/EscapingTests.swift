import Foundation
import Testing
import Plotting
import SiteModel
import SitePages
import TestSupport

/// Every text from content is escaped in HTML, SVG and XML; raw HTML in Markdown only where the site allows it.
@Suite struct EscapingTests {
    static let hostile = "<script>alert(1)</script> \"&'"

    /// The minimal fixture with the hostile text in names of every kind of object a page shows.
    static var hostileFixture: ContentFixture {
        let csvField = "\"X " + hostile.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let yamlText = "'X " + hostile.replacingOccurrences(of: "'", with: "''") + "'"
        return ContentFixture.minimal()
            .replacing("住院分娩率,Hospital delivery rate,", with: "\(csvField),\(csvField),", in: "indicators.csv")
            .replacing("620900,酒泉市,Jiuquan City,酒泉,Jiuquan,", with: "620900,\(csvField),\(csvField),\(csvField),\(csvField),", in: "regions.csv")
            .replacing("title: 用情用力落实政府主体责任", with: "title: \(yamlText)", in: "documents/jiuquan-report.zh.md")
            .replacing("title: Monitoring bulletin of the Gansu development plans for women and children", with: "title: \(yamlText)", in: "documents/bulletin-2021.en.md")
            .replacing("women-health,women,妇女与健康,Women and health", with: "women-health,women,\(csvField),\(csvField)", in: "topics.csv")
            .replacing("bulletin-2021,甘肃省人民政府妇女儿童工作委员会专刊,", with: "bulletin-2021,\(csvField),", in: "sources.csv")
            .replacing("\"Higher than in 2017, to be watched\"", with: csvField, in: "data/maternal-mortality-ratio.csv")
            .replacing("author: 酒泉市人民政府", with: "author: \(yamlText)", in: "documents/jiuquan-report.zh.md")
    }

    static let hostileSite: Result<SiteFiles, any Error> = Result { try RenderedSite.render(hostileFixture) }

    private var markupFiles: [String] {
        get throws {
            try Self.hostileSite.get().paths.filter { $0.hasSuffix(".html") || $0.hasSuffix(".svg") || $0.hasSuffix(".xml") }
        }
    }

    @Test func noRawScriptInAnyPageChartOrFeed() throws {
        let site = try Self.hostileSite.get()
        var shown = 0
        for path in try markupFiles {
            // The one script of the site, on each language's search page, comes from the theme, not from content.
            let searchScript = "<script src=\"../assets/search.js\"></script>"
            let text = path.hasSuffix("/search.html") ? site[path].replacingOccurrences(of: searchScript, with: "") : site[path]
            let scripts = HTMLScan.excerpts(of: "<script", in: text.lowercased())
            #expect(scripts.isEmpty, "\(path): \(scripts)")
            let bareAmpersands = text.matches(of: /&(?!amp;|lt;|gt;|quot;|apos;|#[0-9]+;|#x[0-9a-fA-F]+;)/).count
            #expect(bareAmpersands == 0, "\(path): every & is escaped")
            let mentions = text.components(separatedBy: "alert(1)").count - 1
            shown += mentions
            // The `<iframe>` code to copy is HTML shown as text, so a name in its attribute is escaped twice.
            let escaped = text.components(separatedBy: "&lt;script&gt;alert(1)").count - 1
                + text.components(separatedBy: "&amp;lt;script&amp;gt;alert(1)").count - 1
            #expect(mentions == escaped, "\(path): every occurrence is escaped text")
        }
        #expect(shown > 50, "the hostile names do appear, escaped")
    }

    @Test func pagesShowTheNamesAsText() throws {
        let site = try Self.hostileSite.get()
        let page = site.page("en/indicators/hospital-delivery-rate.html")
        #expect(page.contains("<h1>X &lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;</h1>"))
        let region = site.page("zh/regions/620900.html")
        #expect(region.contains("<h1>X &lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;</h1>"))
    }

    @Test func feedsSitemapAndChartsStayWellFormed() throws {
        let site = try Self.hostileSite.get()
        for path in try markupFiles where !path.hasSuffix(".html") {
            #expect(XMLCheck.problem(in: site[path]) == nil, "\(path)")
        }
    }

    @Test func chartsInPagesStayWellFormed() throws {
        let site = try Self.hostileSite.get()
        for path in site.htmlPaths {
            let page = site[path]
            for start in page.ranges(of: "<svg ") {
                guard let end = page[start.lowerBound...].range(of: "</svg>") else { continue }
                let svg = String(page[start.lowerBound..<end.upperBound])
                #expect(XMLCheck.problem(in: svg) == nil, "\(path)")
            }
        }
    }

    @Test func downloadsKeepTheNamesExactly() throws {
        let site = try Self.hostileSite.get()
        let indicators = CSVRows.records(site["data/indicators.csv"])
        #expect(indicators.first?["name_en"] == "X " + Self.hostile)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(site["data/hospital-delivery-rate.json"].utf8)) as? [String: Any])
        #expect((json["name"] as? [String: String])?["en"] == "X " + Self.hostile)
    }

    private static let rawHTMLPage = """
        ---
        title: 关于本站
        ---
        本站发布<span class="kept-inline">监测</span>数据。

        <div class="kept-block">说明</div>

        <script>alert(2)</script>

        """

    @Test func rawHTMLInMarkdownIsDroppedByDefault() throws {
        let site = try RenderedSite.render(ContentFixture.minimal().with("pages/about.zh.md", Self.rawHTMLPage))
        let page = site.page("zh/pages/about.html")
        #expect(page.contains("监测"), "the text inside inline HTML stays")
        #expect(!page.contains("kept-inline"))
        #expect(!page.contains("kept-block"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("alert(2)") || page.contains("&lt;script&gt;alert(2)"))
    }

    @Test func rawHTMLInMarkdownIsKeptWhereTheSiteAllowsIt() throws {
        let fixture = ContentFixture.minimal()
            .with("pages/about.zh.md", Self.rawHTMLPage)
            .replacing("comparators: [\"100000\"]\n", with: "comparators: [\"100000\"]\nmarkdown: {raw_html: true}\n", in: "site.yml")
        let site = try RenderedSite.render(fixture)
        let page = site.page("zh/pages/about.html")
        #expect(page.contains("<span class=\"kept-inline\">监测</span>"))
        #expect(page.contains("<div class=\"kept-block\">说明</div>"))
    }

    /// Control characters, a noncharacter and markup in the texts of every kind of object, past any check of the
    /// loader: the page stage alone keeps them out of pages, charts and feeds.
    static let controls = " \u{1}\u{1B}[31m\u{7F}\u{85}\u{0}<b>&" + String(Unicode.Scalar(0xFFFE)!)

    static let controlSite: Result<SiteFiles, any Error> = Result {
        try RenderedSite.render(.minimal()) { site in
            for index in site.indicators.indices {
                for language in site.settings.languages { site.indicators[index].name[language]? += controls }
            }
            for index in site.regions.indices {
                for language in site.settings.languages { site.regions[index].name[language]? += controls }
            }
            for index in site.documents.indices {
                for language in Array(site.documents[index].versions.keys) {
                    site.documents[index].versions[language]?.title += controls
                    site.documents[index].versions[language]?.author = "author" + controls
                    site.documents[index].versions[language]?.body.markdown += "\n\nLast\(controls) paragraph.\n"
                }
            }
            for index in site.sources.indices {
                for language in site.settings.languages { site.sources[index].title[language]? += controls }
            }
        }
    }

    @Test func noControlCharacterReachesAPageChartOrFeed() throws {
        let site = try Self.controlSite.get()
        var checked = 0
        for path in site.paths where path.hasSuffix(".html") || path.hasSuffix(".svg") || path.hasSuffix(".xml") {
            let text = site[path]
            let forbidden = text.unicodeScalars.filter { !MarkupEscaping.isAllowed($0) }.map { String($0.value, radix: 16) }
            #expect(forbidden.count == 0, "\(path): \(forbidden)")
            if !path.hasSuffix(".html") { #expect(XMLCheck.problem(in: text) == nil, "\(path)") }
            checked += text.components(separatedBy: "[31m").count - 1
        }
        #expect(checked > 50, "the edited names do appear")
        #expect(site["zh/feed.xml"].contains("[31m"))
    }
}
