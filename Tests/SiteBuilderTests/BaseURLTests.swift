import Foundation
import Testing
import TestSupport

/// Absolute addresses only where a base URL is known: sitemap, feeds, canonical and alternate links.
@Suite struct BaseURLTests {
    static let withoutBaseURL = ContentFixture.minimal()
        .replacing("base_url: https://example.org/monitoring/\n", with: "", in: "site.yml")

    private func build(_ fixture: ContentFixture, baseURL: String? = nil) throws -> SiteFiles {
        try BuildWorkspace.with { workspace in
            try workspace.write(fixture)
            try workspace.build(baseURL: baseURL)
            return try workspace.outputFiles()
        }
    }

    @Test func commandLineBaseURLMakesSitemapFeedAndCanonicalLinksAbsolute() throws {
        let site = try build(Self.withoutBaseURL, baseURL: "https://example.org/x/")
        let sitemap = site["sitemap.xml"]
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(!locations.isEmpty)
        #expect(locations.allSatisfy { $0.hasPrefix("https://example.org/x/") }, "\(locations.prefix(3))")
        let feed = site["zh/feed.xml"]
        #expect(feed.contains("<id>https://example.org/x/zh/feed.xml</id>"))
        #expect(feed.contains("<link rel=\"self\" href=\"https://example.org/x/zh/feed.xml\"/>"))
        #expect(feed.contains("href=\"https://example.org/x/zh/documents/bulletin-2021.html\""))
        let page = site["en/indicators/maternal-mortality-ratio.html"]
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/x/en/indicators/maternal-mortality-ratio.html\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"zh\" href=\"https://example.org/x/zh/indicators/maternal-mortality-ratio.html\">"))
        #expect(site["robots.txt"].contains("Sitemap: https://example.org/x/sitemap.xml"))
        #expect(site.linkProblems().isEmpty)
    }

    @Test func commandLineBaseURLWinsOverSiteYML() throws {
        let site = try build(.minimal(), baseURL: "https://mirror.example.net/stats")
        #expect(site["sitemap.xml"].contains("<loc>https://mirror.example.net/stats/zh/index.html</loc>"), "a slash is added")
        #expect(!site.files.values.contains { String(decoding: $0, as: UTF8.self).contains("example.org/monitoring") })
    }

    @Test func withoutBaseURLNoAddressOfTheSiteIsAbsolute() throws {
        let site = try build(Self.withoutBaseURL)
        for path in site.paths where !path.hasSuffix(".csv") && !path.hasSuffix(".json") {
            let text = site[path]
            #expect(!text.contains("example.org/monitoring"), "\(path)")
            #expect(!text.contains("rel=\"canonical\""), "\(path): no canonical without a base URL")
            for link in HTMLScan.links(in: text) where SiteFiles.isExternal(link) {
                // The only absolute links are to the outside world, like the source's PDF.
                #expect(link == "https://example.org/bulletin-2021.pdf" || link.hasPrefix("http://www.w3.org/"), "\(path): \(link)")
            }
        }
        #expect(site.linkProblems().isEmpty, "\(site.linkProblems().prefix(10))")
        #expect(XMLCheck.problem(in: site["sitemap.xml"]) == nil)
        #expect(XMLCheck.problem(in: site["zh/feed.xml"]) == nil)
        #expect(site["zh/feed.xml"].contains("<id>urn:"), "feed ids without a base URL are URNs")
        #expect(!site["robots.txt"].contains("Sitemap:"))
    }
}
