import SiteModel

/// The search page: a form the script answers from the index, and below it an A–Z of indicators, regions and
/// documents, so that without JavaScript the page still leads everywhere.
struct SearchPageView: Sendable {
    struct Section: Sendable {
        var id: String
        var heading: String
        /// Where the section leaves entries out, which ones it lists.
        var omittedNote: String? = nil
        var links: [LinkView]
    }

    var sections: [Section]
    /// What the script needs, as `data-` attributes of the form: where the index lies and how it is split.
    var indexHref: String
    var shardCount: Int
    var chunkSize: Int
    var scriptHref: String
    /// Kind names in `SearchEntry.Kind` order, `|`-separated, for the results' labels.
    var kinds: String
}

extension LanguageContext {
    func searchPage() throws -> String {
        let route = Route.search(language)
        let layout = searchLayout()
        let documents = site.documents.compactMap { document in
            document.version(for: language, fallbacks: languages).map { version in
                LinkView(
                    label: version.title, href: route.link(to: .document(language, document.slug)),
                    lang: version.language == language ? nil : version.language.rawValue)
            }
        }
        // A national site's A–Z lists the regions of the region index, not thousands of counties.
        let regions = site.regions.count > context.regionsInAToZ ? context.indexedRegions : site.regions
        let view = SearchPageView(
            sections: [
                SearchPageView.Section(
                    id: "az-indicators", heading: strings["nav.indicators"],
                    links: site.indicators.map {
                        LinkView(label: text($0.name), href: route.link(to: .indicator(language, $0.id)))
                    }),
                SearchPageView.Section(
                    id: "az-regions", heading: strings["nav.regions"],
                    omittedNote: regions.count < site.regions.count ? strings["regions.deeper_on_profiles"] : nil,
                    links: regions.map {
                        LinkView(label: text($0.name), href: route.link(to: .region(language, $0.code)))
                    }),
                SearchPageView.Section(id: "az-documents", heading: strings["nav.documents"], links: documents),
            ].map { section in
                SearchPageView.Section(
                    id: section.id, heading: section.heading, omittedNote: section.omittedNote, links: Self.alphabetical(section.links))
            },
            indexHref: String(
                route.link(to: .searchFile(language, SearchLayout.shardFile(0))).dropLast(SearchLayout.shardFile(0).count)),
            shardCount: layout.shardCount, chunkSize: SearchLayout.chunkSize,
            scriptHref: route.link(to: .searchScript),
            kinds: SearchEntry.Kind.allCases.map { strings[$0.labelKey] }.joined(separator: "|"))
        return try renderPage(
            "search", layout: self.layout(route, title: strings["search.title"]), view: view)
    }

    /// Sorted by folded text (case and accents aside), compared character by character: Latin letters come
    /// alphabetically and Chinese characters in Unicode order, which is radical-and-stroke order. The link breaks
    /// ties, so the order never depends on the input's.
    static func alphabetical(_ links: [LinkView]) -> [LinkView] {
        links.map { (key: Array(SearchTokens.fold($0.label).unicodeScalars.map(\.value)), link: $0) }
            .sorted { left, right in
                left.key.lexicographicallyPrecedes(right.key)
                    || (left.key == right.key && left.link.href < right.link.href)
            }
            .map(\.link)
    }
}
