import SiteModel

/// The page a host shows for an address that does not exist.
struct NotFoundView: Sendable {
    var links: [LinkView]
}

extension LanguageContext {
    func notFoundPage() throws -> String {
        let route = Route.notFound(language)
        let view = NotFoundView(links: [
            LinkView(label: strings["nav.home"], href: link(from: route, to: .home(language))),
            LinkView(label: strings["nav.indicators"], href: link(from: route, to: .indicatorIndex(language))),
            LinkView(label: strings["nav.documents"], href: link(from: route, to: .documentIndex(language))),
        ])
        return try renderPage(
            "not-found", layout: layout(route, title: strings["not_found.title"]), view: view)
    }
}
