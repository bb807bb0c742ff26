import Foundation

/// The layout's links that lead to the same pages from every page of a folder — home, stylesheets, feed, data
/// page, search and the navigation — found once per folder of a language rather than once per page: a relative
/// link splits both paths (`Route.relativePath`), and the layout's dozen of them were a few percent of a large build.
/// A relative link depends only on the folder it starts from, so every page of the folder gets the same text.
struct LayoutLinks: Sendable {
    var home: String
    var stylesheet: String
    var chartStylesheet: String
    var feed: String
    var data: String
    var search: String
    /// The navigation's links, in the order of `LanguageContext.navigationTargets()`.
    var nav: [String]
}

/// `LayoutLinks` by folder, shared by the copies of one language's `LanguageContext` on every render worker.
final class LayoutLinksCache: @unchecked Sendable {
    private let lock = NSLock()
    private var byFolder: [String: LayoutLinks] = [:]

    func links(inFolder folder: String, _ make: () -> LayoutLinks) -> LayoutLinks {
        if let links = lock.withLock({ byFolder[folder] }) { return links }
        let links = make()
        lock.withLock { byFolder[folder] = links }
        return links
    }
}

extension LanguageContext {
    /// The layout's links from the page at `route`, from the cache where they depend on its folder alone.
    func layoutLinks(from route: Route, navigation: [Route]) -> LayoutLinks {
        func make() -> LayoutLinks {
            LayoutLinks(
                home: link(from: route, to: .home(language)),
                stylesheet: link(from: route, to: .stylesheet),
                chartStylesheet: link(from: route, to: .chartStylesheet),
                feed: link(from: route, to: .feed(language)),
                data: link(from: route, to: .dataPage(language)),
                search: link(from: route, to: .search(language)),
                nav: navigation.map { link(from: route, to: $0) })
        }
        switch route {
        case .notFound, .rootNotFound:
            // Links from the not-found pages are absolute where the site has an address (`SiteContext.link`).
            return make()
        default:
            return layoutLinkCache.links(inFolder: route.folder, make)
        }
    }
}
