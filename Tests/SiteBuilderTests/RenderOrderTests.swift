@testable import SiteBuilder
import SitePages
import Testing

/// The renderer takes the costliest files first, so a sitewide download never starts last; every file still
/// renders exactly once.
@Suite struct RenderOrderTests {
    private func file(_ path: String, _ kind: PlannedFile.Kind) -> PlannedFile {
        PlannedFile(path: path, kind: kind) { [] }
    }

    @Test func sitewideFilesComeFirstAndEveryFileOnce() {
        let files = [
            file("assets/style.css", .asset), file("en/regions/r1.html", .page),
            file("en/compare/gdp/index.html", .page), file("en/indicators/gdp.html", .page),
            file("en/regions/r2.html", .page), file("data/gdp.csv", .download), file("data/all.csv", .download),
            file("en/indicators/index.html", .page), file("sitemap.xml", .meta), file("data/downloads.zip", .download),
        ]
        let order = RenderOrder.indices(of: files)
        #expect(order.sorted() == Array(files.indices))
        #expect(order.map { files[$0].path } == [
            "data/downloads.zip", "data/all.csv", "en/indicators/index.html", "en/indicators/gdp.html", "en/compare/gdp/index.html",
            "data/gdp.csv", "en/regions/r1.html", "en/regions/r2.html", "assets/style.css", "sitemap.xml",
        ])
    }
}
