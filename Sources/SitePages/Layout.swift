import SiteModel

/// A link as templates place it.
public struct LinkView: Sendable {
    public var label: String
    public var href: String
    public var current: Bool = false
    /// BCP 47 language of the label where it differs from the page's (the switcher names languages in their own).
    public var lang: String? = nil
}

/// What every page shares: head, skip link, navigation, language switcher, footer.
public struct LayoutView: Sendable {
    public var lang: String
    /// `ltr` or `rtl`, from the language's `language.direction`: the `dir` of the page.
    public var dir: String = "ltr"
    /// Pages for editors (the translation status) ask search engines not to index them.
    public var noindex: Bool = false
    public var title: String
    /// The language of the title where it is another than the page's (a document shown in its own language).
    public var titleLang: String?
    public var documentTitle: String
    public var description: String
    public var siteTitle: String
    public var homeHref: String
    public var stylesheet: String
    /// The chart stylesheet, linked once rather than embedded in each of a page's charts.
    public var chartStylesheet: String
    public var canonical: String?
    public var alternates: [LinkView]
    public var switcher: [LinkView]
    public var nav: [LinkView]
    public var breadcrumbs: [LinkView]
    public var feedHref: String
    public var publisher: String
    public var license: String
    public var licenseHref: String?
    public var dataHref: String
    /// The search page, where the header's search form sends its query (`?q=`).
    public var searchHref: String
}

extension LanguageContext {
    /// The shared parts of the page at `route`, which exists in every site language.
    func layout(
        _ route: Route, title: String, titleLanguage: LanguageCode? = nil,
        description: String? = nil, breadcrumbs: [(label: String, route: Route)] = []
    ) -> LayoutView {
        let siteTitle = text(site.settings.title)
        let pages = sortedPages()
        let navRoutes: [(String, Route)] = [
            ("nav.home", .home(language)), ("nav.indicators", .indicatorIndex(language)),
            ("nav.regions", .regionIndex(language)), ("nav.documents", .documentIndex(language)),
            ("nav.data", .dataPage(language)),
        ]
        let links = layoutLinks(
            from: route, navigation: navRoutes.map(\.1) + pages.map { page, _ in Route.page(language, page.slug) })
        var nav = zip(navRoutes, links.nav).map { entry, href in
            LinkView(label: strings[entry.0], href: href, current: isSection(route, of: entry.1))
        }
        nav += zip(pages, links.nav.dropFirst(navRoutes.count)).map { entry, href in
            let (page, version) = entry
            return LinkView(
                label: version.title, href: href, current: route == .page(language, page.slug),
                lang: version.language == language ? nil : version.language.rawValue)
        }
        return LayoutView(
            lang: language.rawValue,
            dir: format.direction,
            title: title,
            titleLang: titleLanguage.flatMap { $0 == language ? nil : $0.rawValue },
            documentTitle: title == siteTitle ? siteTitle : "\(title) · \(siteTitle)",
            description: description ?? text(site.settings.description),
            siteTitle: siteTitle,
            homeHref: links.home,
            stylesheet: links.stylesheet,
            chartStylesheet: links.chartStylesheet,
            canonical: absoluteURL(route),
            alternates: languages.map { other in
                LinkView(
                    label: other.rawValue,
                    href: absoluteURL(route.inLanguage(other)) ?? link(from: route, to: route.inLanguage(other)),
                    lang: other.rawValue)
            },
            switcher: languages.map { other in
                LinkView(
                    label: context.strings(other)["language.name"], href: link(from: route, to: route.inLanguage(other)),
                    current: other == language, lang: other.rawValue)
            },
            nav: nav,
            breadcrumbs: [LinkView(label: strings["nav.home"], href: links.home)]
                + breadcrumbs.map { LinkView(label: $0.label, href: link(from: route, to: $0.route)) },
            feedHref: links.feed,
            publisher: text(site.settings.publisher),
            license: text(site.settings.license),
            licenseHref: site.settings.licenseURL?.text,
            dataHref: links.data,
            searchHref: links.search
        )
    }

    /// Pages from `pages/` that exist in `language` (or fall back), in navigation order.
    func sortedPages() -> [(Page, PageVersion)] {
        site.pages.compactMap { page -> (Page, PageVersion)? in
            guard let version = page.versions[language] ?? languages.lazy.compactMap({ page.versions[$0] }).first
            else { return nil }
            return (page, version)
        }
        .sorted { ($0.1.weight ?? Int.max, $0.0.slug) < ($1.1.weight ?? Int.max, $1.0.slug) }
    }

    /// Whether `route` lies in the section that the navigation entry `entry` opens.
    private func isSection(_ route: Route, of entry: Route) -> Bool {
        switch (route, entry) {
        case (.home, .home), (.indicatorIndex, .indicatorIndex), (.indicator, .indicatorIndex), (.topic, .indicatorIndex),
            (.comparison, .indicatorIndex), (.regionIndex, .regionIndex), (.region, .regionIndex),
            (.documentIndex, .documentIndex), (.document, .documentIndex), (.dataPage, .dataPage):
            true
        default:
            false
        }
    }
}
