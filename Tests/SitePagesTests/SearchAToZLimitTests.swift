import ContentLoading
import Foundation
import Testing
import TestSupport

@testable import SitePages

/// A national site's search page lists in its A–Z the regions the region index lists, not every county
/// (`PageLimits.regionsInAToZ`, lowered here below the 134 regions of the national fixture); below the limit it
/// lists every region.
@Suite struct SearchAToZLimitTests {
    let limited: SiteFiles
    let whole: SiteFiles

    init() throws {
        limited = try Self.render(SubdivisionPartsTests.national, regionsInAToZ: 100)
        whole = try RenderedSite.render(SubdivisionPartsTests.national)
    }

    static func render(_ fixture: ContentFixture, regionsInAToZ: Int) throws -> SiteFiles {
        try fixture.withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let theme = try Theme.load(
                assets: PackagePaths.assets.path, overrides: content.path, languages: loaded.site.settings.languages)
            let context = SiteContext(
                site: loaded.site, theme: theme, settings: BuildSettings(regionsInAToZ: regionsInAToZ))
            var files: [String: [UInt8]] = [:]
            for file in SitePlan(context: context).files { files[file.path] = try file.render() }
            return SiteFiles(files: files)
        }
    }

    /// The codes of the region profiles `page` links, written as `prefix` + code + `.html`.
    static func regionLinks(_ page: String, prefix: String) -> Set<String> {
        Set(HTMLScan.attributeValues("href", in: page).compactMap { href in
            guard href.hasPrefix(prefix), href.hasSuffix(".html") else { return nil }
            let code = href.dropFirst(prefix.count).dropLast(".html".count)
            return !code.isEmpty && code.allSatisfy(\.isNumber) ? String(code) : nil
        })
    }

    @Test(arguments: ["zh", "en"])
    func aboveTheLimitTheAToZListsTheRegionsOfTheRegionIndex(_ language: String) throws {
        let search = limited.page("\(language)/search.html")
        let listed = Self.regionLinks(search, prefix: "regions/")
        let index = Self.regionLinks(limited.page("\(language)/regions/index.html"), prefix: "")
        #expect(!index.isEmpty)
        #expect(index.isSubset(of: listed), "every region of the region index is in the A–Z")
        for county in SubdivisionPartsTests.counties {
            #expect(!listed.contains(county), "\(county) is on Jiuquan's profile, not the A–Z")
        }
        #expect(listed.contains("620900"))
        let note = try #require(try InterfaceLanguageTests.strings(language)["regions.deeper_on_profiles"])
        #expect(search.contains("<p>\(note)</p>"))
    }

    @Test(arguments: ["zh", "en"])
    func belowTheLimitTheAToZListsEveryRegion(_ language: String) throws {
        let listed = Self.regionLinks(whole.page("\(language)/search.html"), prefix: "regions/")
        for county in SubdivisionPartsTests.counties {
            #expect(listed.contains(county))
        }
        let minimal = try RenderedSite.minimal().page("\(language)/search.html")
        let note = try #require(try InterfaceLanguageTests.strings(language)["regions.deeper_on_profiles"])
        #expect(!minimal.contains(note))
    }
}
