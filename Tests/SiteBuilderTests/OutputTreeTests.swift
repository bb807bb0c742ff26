import Foundation
import SiteBuilder
import Testing
import TestSupport

/// The folder a build writes: every page type in both languages, links that resolve, nothing of the build machine.
@Suite struct OutputTreeTests {
    let built: BuiltSite

    init() throws { built = try BuiltSite.minimal() }

    @Test func everyKindOfFileIsWritten() {
        var expected = [
            "index.html", "404.html", "sitemap.xml", "robots.txt", "assets/almanac.css", "data/all.csv",
            "data/all.xlsx", "data/indicators.csv", "data/regions.csv", "data/sources.csv", "data/datapackage.json",
            "data/maternal-mortality-ratio.csv", "data/maternal-mortality-ratio.xlsx", "data/downloads.zip",
            "data/maternal-mortality-ratio.json",
        ]
        for language in ["zh", "en"] {
            expected += [
                "index.html", "404.html", "feed.xml", "data.html", "indicators/index.html",
                "indicators/maternal-mortality-ratio.html", "indicators/maternal-mortality-ratio.svg",
                "indicators/preschool-gross-enrolment.html", "compare/maternal-mortality-ratio/index.html",
                "compare/maternal-mortality-ratio/2017.html", "regions/index.html", "regions/620000.html",
                "regions/620900.html", "documents/index.html", "documents/bulletin-2021.html",
                "documents/jiuquan-report.html", "pages/about.html",
            ].map { "\(language)/\($0)" }
        }
        let missing = expected.filter { built.files.files[$0] == nil }
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func everyLinkInEveryPageChartAndFeedResolves() {
        let problems = built.files.linkProblems()
        #expect(problems.isEmpty, "\(problems.prefix(20).map(\.description).joined(separator: "\n"))")
    }

    @Test func everyInternalLinkIsRelative() {
        for path in built.files.paths where path.hasSuffix(".html") {
            for link in HTMLScan.links(in: built.files[path]) {
                #expect(!link.hasPrefix("/"), "\(path): \(link)")
                #expect(!link.hasPrefix("file:"), "\(path): \(link)")
            }
        }
    }

    @Test func noFileNamesTheBuildMachinesFolders() {
        let folder = Array(built.buildFolder.utf8)
        let home = Array(FileManager.default.homeDirectoryForCurrentUser.path.utf8)
        for (path, bytes) in built.files.files {
            #expect(!contains(bytes, folder), "\(path) holds the build folder \(built.buildFolder)")
            if home.count > 1 { #expect(!contains(bytes, home + Array("/".utf8)), "\(path) holds the home folder") }
        }
    }

    private func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        Data(bytes).range(of: Data(needle)) != nil
    }

    @Test func reportCountsWhatIsOnDisk() {
        let files = built.files.files.filter { $0.key != ".almanac-site" }
        #expect(built.report.files == files.count)
        #expect(built.report.bytes == files.values.map(\.count).reduce(0, +))
        #expect(built.report.pages == files.keys.filter { $0.hasSuffix(".html") }.count)
        #expect(built.report.warnings.isEmpty, "the minimal fixture is clean: \(built.report.warnings)")
        let summary = built.report.summary(output: "site/")
        #expect(summary.hasPrefix("Built \(built.report.pages) pages, \(built.report.files) files ("))
        #expect(summary.hasSuffix(" s → site/"))
    }

    @Test func outputHoldsTheSiteMarkerAndNoOtherHiddenFile() {
        #expect(built.files.files[".almanac-site"] != nil)
        let hidden = built.files.paths.filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(hidden == [".almanac-site"])
    }
}
