import ContentLoading
import Foundation
import SiteModel
import SitePages
import TestSupport

/// A fixture rendered the way the builder renders it — load, theme, plan, every planned file — but into memory,
/// so page tests need no disk and see exactly the bytes the builder would write.
enum RenderedSite {
    static func render(
        _ fixture: ContentFixture, baseURL: String? = nil, assets: URL = PackagePaths.assets
    ) throws -> SiteFiles {
        try fixture.withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let theme = try Theme.load(
                assets: assets.path, overrides: content.path, languages: loaded.site.settings.languages)
            let base = try baseURL.map { try WebAddress.check($0, as: .base).get() }
            let context = SiteContext(site: loaded.site, theme: theme, settings: BuildSettings(baseURL: base))
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
