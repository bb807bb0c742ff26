import ContentLoading
import Foundation
import SiteModel
import SitePages
import TestSupport

/// A fixture rendered the way the builder renders it — load, theme, plan, every planned file — but into memory,
/// so page tests need no disk and see exactly the bytes the builder would write.
enum RenderedSite {
    /// `theme` changes the loaded theme first (`InterfaceStringInliningTests` renders through plain templates).
    static func render(
        _ fixture: ContentFixture, baseURL: String? = nil, assets: URL = PackagePaths.assets,
        theme change: (Theme) -> Theme = { $0 }
    ) throws -> SiteFiles {
        try fixture.withWrittenContent { content in
            try render(contentDirectory: content, baseURL: baseURL, assets: assets, theme: change)
        }
    }

    /// A content folder on disk, such as the example site's `content/`, rendered the same way.
    static func render(
        contentDirectory content: URL, baseURL: String? = nil, assets: URL = PackagePaths.assets,
        theme change: (Theme) -> Theme = { $0 }
    ) throws -> SiteFiles {
        do {
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let theme = change(try Theme.load(
                assets: assets.path, overrides: content.path, languages: loaded.site.settings.languages))
            let base = try baseURL.map { try WebAddress.check($0, as: .base).get() }
            let context = SiteContext(site: loaded.site, theme: theme, settings: BuildSettings(baseURL: base))
            var files: [String: [UInt8]] = [:]
            for file in SitePlan(context: context).files {
                files[file.path] = try file.render()
            }
            return SiteFiles(files: files)
        }
    }

    /// `fixture` rendered after `edit` changed its loaded model: for texts the loader would refuse or clean, to show
    /// that the page stage is safe on its own.
    static func render(_ fixture: ContentFixture, editing edit: (inout Site) -> Void) throws -> SiteFiles {
        try fixture.withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            var site = loaded.site
            edit(&site)
            let edited = Site(
                settings: site.settings, regions: site.regions, topics: site.topics, indicators: site.indicators,
                data: site.data, sources: site.sources, labels: site.labels, documents: site.documents,
                pages: site.pages, inputFiles: site.inputFiles)
            let theme = try Theme.load(
                assets: PackagePaths.assets.path, overrides: content.path, languages: site.settings.languages)
            let context = SiteContext(site: edited, theme: theme)
            var files: [String: [UInt8]] = [:]
            for file in SitePlan(context: context).files {
                files[file.path] = try file.render()
            }
            return SiteFiles(files: files)
        }
    }

    /// The minimal fixture, rendered once for every test that only reads it.
    static func minimal() throws -> SiteFiles { try minimalResult.get() }
}

private let minimalResult: Result<SiteFiles, any Error> = Result { try RenderedSite.render(.minimal()) }
