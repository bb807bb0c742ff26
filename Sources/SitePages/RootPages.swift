import SiteModel

/// The site root: a page that leads to the default language without JavaScript, and a root 404.
struct RootPageView: Sendable {
    struct Entry: Sendable {
        var lang: String
        var dir: String
        var title: String
        var label: String
        var message: String
        var href: String
    }

    var lang: String
    var dir: String
    var title: String
    var redirect: String?
    var alternates: [LinkView]
    var stylesheet: String
    var entries: [Entry]
}

extension SiteContext {
    /// `index.html` (redirects by `meta refresh`, with visible links) or `404.html` (links only).
    func rootPage(notFound: Bool) throws -> String {
        let route: Route = notFound ? .rootNotFound : .root
        let view = RootPageView(
            lang: defaultLanguage.rawValue,
            dir: direction(defaultLanguage),
            title: notFound
                ? strings(defaultLanguage)["not_found.title"] : text(site.settings.title, defaultLanguage),
            redirect: notFound ? nil : link(from: route, to: .home(defaultLanguage)),
            alternates: notFound
                ? []
                : languages.map { language in
                    LinkView(
                        label: language.rawValue,
                        href: absoluteURL(.home(language)) ?? route.link(to: .home(language)),
                        lang: language.rawValue)
                },
            stylesheet: link(from: route, to: .stylesheet),
            entries: languages.map { language in
                let strings = strings(language)
                return RootPageView.Entry(
                    lang: language.rawValue, dir: direction(language), title: text(site.settings.title, language),
                    label: strings["root.enter"],
                    message: notFound ? strings["not_found.message"] : text(site.settings.description, language),
                    href: link(from: route, to: .home(language)))
            })
        // The layout and strings of the default language only for the social metadata of the head.
        return try theme.render(
            "root", language: defaultLanguage,
            ["page": view, "layout": LanguageContext(self, defaultLanguage).layout(route, title: view.title)])
    }
}
