import Foundation
import SiteBuilder
import Testing
import TestSupport

/// The French and Arabic site of the browser stage (`Tests/Browser/fixtures/rtl-content`), built end to end:
/// Arabic pages right to left, their charts written right to left, their numbers left to right.
@Suite struct RightToLeftSiteTests {
    private static let built: Result<SiteFiles, any Error> = Result {
        try withTemporaryDirectory { folder in
            let content = PackagePaths.root.appendingPathComponent("Tests/Browser/fixtures/rtl-content")
            let output = folder.appendingPathComponent("site")
            try SiteBuilder(
                options: BuildOptions(
                    contentDirectory: content.path, outputDirectory: output.path, assetsDirectory: PackagePaths.assets.path,
                    parallelism: 2)
            ).build()
            return try SiteFiles(readingFolder: output)
        }
    }

    @Test func arabicPagesAreRightToLeftAndFrenchPagesLeftToRight() throws {
        let files = try Self.built.get()
        for path in files.htmlPaths(language: "ar") {
            #expect(files[path].contains("<html lang=\"ar\" dir=\"rtl\">"), "\(path)")
        }
        for path in files.htmlPaths(language: "fr") {
            #expect(files[path].contains("<html lang=\"fr\" dir=\"ltr\">"), "\(path)")
        }
    }

    @Test func arabicChartsWriteTheirTextRightToLeft() throws {
        let files = try Self.built.get()
        #expect(files["ar/indicators/maternal-mortality.html"].contains("direction=\"rtl\""))
        #expect(files["ar/indicators/maternal-mortality.svg"].contains("direction=\"rtl\""))
        #expect(!files["fr/indicators/maternal-mortality.html"].contains("direction=\"rtl\""))
    }

    /// A left-to-right mark before the minus keeps -3,250 from showing as 3,250- in Arabic text.
    @Test func negativeNumbersStayLeftToRightInArabic() throws {
        let files = try Self.built.get()
        #expect(files["ar/indicators/enrolment-change.html"].contains("<td class=\"num\">\u{200E}-3,250</td>"))
        #expect(files["fr/indicators/enrolment-change.html"].contains("<td class=\"num\">-3\u{202F}250</td>"))
    }

    @Test func anArabicGapShowsTheFrenchNameMarkedFrench() throws {
        let page = try Self.built.get()["ar/regions/TN-31.html"]
        #expect(page.contains("<h1 lang=\"fr\" dir=\"auto\">Gouvernorat de Béja</h1>"))
    }

    /// A French text on an Arabic page reads left to right, and the Arabic heading above it stays Arabic.
    @Test func aFallbackTextIsMarkedWithoutItsHeading() throws {
        let page = try Self.built.get()["ar/indicators/births-attended.html"]
        #expect(page.contains("<div lang=\"fr\" dir=\"auto\">"))
        #expect(HTMLScan.languages(ofText: "عن هذا المؤشر", in: page) == ["ar"], "the page language, not the text's")
        #expect(HTMLScan.languages(ofText: "Part des accouchements", in: page) == ["fr"])
    }

    /// Each value with its unit is isolated on Arabic pages, so `99.4%` does not show as `%99.4`; French pages
    /// get nothing added.
    @Test func arabicValuesAreIsolatedFromTheTextAroundThem() throws {
        let files = try Self.built.get()
        #expect(files["ar/indicators/births-attended.html"].contains("<strong>\u{2068}99.4%\u{2069}</strong>"))
        #expect(files["ar/indicators/births-attended.html"].contains("\u{2068}99.4%\u{2069}</text>"), "in the chart too")
        #expect(!files["fr/indicators/births-attended.html"].contains("\u{2068}"))
    }
}
