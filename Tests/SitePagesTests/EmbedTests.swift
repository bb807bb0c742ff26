import Testing
import TestSupport

/// The embed page of an indicator's chart, and the `<iframe>` code its page offers to copy.
@Suite struct EmbedTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.render(.minimalWithoutBaseURL()) }

    @Test(arguments: FixtureLanguage.both)
    func embedPageHasChartTitleSourceAndLinkBackWithoutNavigation(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/embed/maternal-mortality-ratio.html")
        let zh = language.code == "zh"
        #expect(page.contains("<h1 class=\"embed-title\">\(zh ? "孕产妇死亡率" : "Maternal mortality ratio")</h1>"))
        #expect(!HTMLScan.tags("svg", in: page).isEmpty)
        #expect(HTMLScan.tags("nav", in: page).isEmpty, "no navigation")
        #expect(!page.contains("site-header"))
        // Where the figures come from: the indicator's source, and who compiled them.
        let source = zh ? "数据来源：" : "Source: "
        #expect(page.contains("<p class=\"embed-source\">\(source)"))
        #expect(page.contains(language.publisher))
        #expect(page.contains("<a href=\"../indicators/maternal-mortality-ratio.html\" target=\"_blank\" rel=\"noopener\">"))
        // Relative links only, so the page works from any host.
        for link in HTMLScan.links(in: page) {
            #expect(!link.hasPrefix("/") && !link.contains("://"), "\(link)")
        }
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
    }

    @Test func embedPagesAreNotInTheSitemapAndOnlyExistWithData() {
        #expect(!site["sitemap.xml"].contains("/embed/"))
        #expect(site.text("zh/embed/preschool-gross-enrolment.html") == nil)
        #expect(!site.page("zh/indicators/preschool-gross-enrolment.html").contains("embed-code"))
    }

    @Test(arguments: FixtureLanguage.both)
    func indicatorPageOffersTheIframeCodeToCopy(_ language: FixtureLanguage) throws {
        let page = site.page("\(language.code)/indicators/maternal-mortality-ratio.html")
        #expect(page.contains("<label for=\"embed-code\">"))
        let title = language.code == "zh" ? "孕产妇死亡率" : "Maternal mortality ratio"
        #expect(
            page.contains(
                "<textarea id=\"embed-code\" class=\"embed-code\" readonly rows=\"4\">&lt;iframe src=&quot;\(language.code)/embed/maternal-mortality-ratio.html&quot; title=&quot;\(title)&quot; width=&quot;100%&quot; height=&quot;560&quot; style=&quot;border:0&quot; loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;</textarea>"
            ))
        #expect(page.contains("<a href=\"../embed/maternal-mortality-ratio.html\">"))
    }

    @Test func iframeCodeUsesTheCanonicalURLWhenTheBaseURLIsSet() throws {
        let site = try RenderedSite.render(.minimal(), baseURL: "https://example.org/monitoring/")
        #expect(
            site.page("en/indicators/maternal-mortality-ratio.html").contains(
                "&lt;iframe src=&quot;https://example.org/monitoring/en/embed/maternal-mortality-ratio.html&quot;"))
    }
}

/// Open Graph and Twitter card metadata in the head of every page, from content, escaped.
@Suite struct SocialMetadataTests {
    @Test func everyPageHasOpenGraphAndTwitterCard() throws {
        let site = try RenderedSite.render(.minimalWithoutBaseURL())
        for path in site.htmlPaths {
            let page = site[path]
            let head = page.components(separatedBy: "</head>")[0]
            for property in ["og:type", "og:title", "og:description", "og:locale", "og:site_name"] {
                #expect(head.contains("<meta property=\"\(property)\" content=\""), "\(path): \(property)")
            }
            #expect(head.contains("<meta name=\"twitter:card\" content=\"summary\">"), "\(path)")
            #expect(!head.contains("og:url"), "\(path): no og:url without a base URL")
            let locale = path.hasPrefix("en/") ? "en_US" : "zh_CN"
            #expect(head.contains("<meta property=\"og:locale\" content=\"\(locale)\">"), "\(path)")
        }
        let page = site["zh/indicators/maternal-mortality-ratio.html"]
        #expect(page.contains("<meta property=\"og:title\" content=\"孕产妇死亡率\">"))
    }

    @Test func withABaseURLTheCanonicalURLIsOgURL() throws {
        let site = try RenderedSite.render(.minimal(), baseURL: "https://example.org/monitoring/")
        for path in site.htmlPaths where path.contains("/") {
            let head = site[path].components(separatedBy: "</head>")[0]
            let url = "https://example.org/monitoring/\(path)"
            #expect(head.contains("<meta property=\"og:url\" content=\"\(url)\">"), "\(path)")
            #expect(head.contains("<link rel=\"canonical\" href=\"\(url)\">"), "\(path)")
        }
    }

    @Test func textFromContentIsEscaped() throws {
        let site = try RenderedSite.render(
            .minimal().replacing("Maternal mortality ratio,", with: "\"Maternal <b>\"\"mortality\"\"</b> & ratio\",", in: "indicators.csv"))
        let head = site["en/indicators/maternal-mortality-ratio.html"].components(separatedBy: "</head>")[0]
        #expect(head.contains("<meta property=\"og:title\" content=\"Maternal &lt;b&gt;&quot;mortality&quot;&lt;/b&gt; &amp; ratio\">"))
        #expect(!head.contains("<b>"))
    }
}
