import ContentLoading
import Foundation
import SiteModel
import SitePages

/// What a build is made from and what it makes: the loaded content, the theme and the plan of every file.
struct PlannedSite: Sendable {
    var loaded: LoadedContent
    var theme: Theme
    var plan: SitePlan
}

extension SiteBuilder {
    /// Loads the content and the theme (each only where `reusing` does not already hold it) and plans every file.
    ///
    /// - Parameter reusing: the content and theme of a previous build, kept where no input of theirs changed.
    func plan(
        baseURL: WebAddress?, reusing: (content: LoadedContent?, theme: Theme?) = (nil, nil)
    ) throws(BuildFailure) -> PlannedSite {
        let loaded: LoadedContent
        if let content = reusing.content {
            loaded = content
        } else {
            do {
                loaded = try ContentLoader(
                    contentDirectory: URL(fileURLWithPath: options.contentDirectory),
                    displayPath: options.contentDirectory
                ).load()
            } catch {
                throw .content(error)
            }
        }

        let theme: Theme
        if let reused = reusing.theme {
            theme = reused
        } else {
            do {
                theme = try Theme.load(
                    assets: options.assetsDirectory, overrides: options.contentDirectory,
                    languages: loaded.site.settings.languages, translations: loaded.site.settings.translations)
            } catch {
                throw .theme(error)
            }
        }

        let context = SiteContext(site: loaded.site, theme: theme, settings: BuildSettings(baseURL: baseURL))
        return PlannedSite(loaded: loaded, theme: theme, plan: SitePlan(context: context))
    }
}
