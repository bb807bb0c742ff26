import SiteModel

/// A source as cited on a page: what it is, where to find it, and the paragraphs that state figures.
public struct SourceView: Sendable {
    public var title: String
    public var publisher: String?
    public var date: String?
    public var url: String?
    /// The document page, where the source is one of the site's documents.
    public var documentHref: String?
    /// Links to the cited paragraphs (`¶12`).
    public var passages: [LinkView]
}

extension LanguageContext {
    /// The sources behind an indicator: its own, then those its observations cite, each once, with the
    /// cited paragraphs of document sources.
    func sourceViews(for indicator: Indicator, on route: Route) -> [SourceView] {
        let (order, anchors) = context.citedSources(of: indicator)
        return order.compactMap { id in
            site.sourceIndex[id].map { sourceView($0, anchors: anchors[id] ?? [], on: route) }
        }
    }
}

extension SiteContext {
    /// An indicator's own sources, then those its observations cite, each once, with the cited paragraphs.
    func citedSources(of indicator: Indicator) -> (order: [SourceID], anchors: [SourceID: [String]]) {
        var order: [SourceID] = indicator.sources
        var anchors: [SourceID: [String]] = [:]
        // The distinct details in order of first appearance cite sources and anchors in the rows' order.
        for details in site.data[indicator.id]?.observations.distinctDetails ?? [] {
            guard let reference = details.source else { continue }
            if !order.contains(reference.source) { order.append(reference.source) }
            if let anchor = reference.anchor, !(anchors[reference.source] ?? []).contains(anchor) {
                anchors[reference.source, default: []].append(anchor)
            }
        }
        return (order, anchors)
    }
}

extension LanguageContext {
    func sourceView(_ source: Source, anchors: [String], on route: Route) -> SourceView {
        let documentRoute = source.document.map { Route.document(language, $0) }
        let sortedAnchors = anchors.sorted { Int($0.dropFirst()) ?? 0 < Int($1.dropFirst()) ?? 0 }
        /// `#pN` counts the paragraphs of the default language's text; a translation with fewer paragraphs
        /// would not have the anchor, so the link then goes to the authoritative text.
        let passageRoute = { (slug: DocumentSlug, anchor: String) -> Route in
            let number = Int(anchor.dropFirst()) ?? 0
            let ownCount = self.site.documentIndex[slug]?.versions[language]?.body.paragraphCount ?? 0
            return ownCount >= number ? .document(language, slug) : .document(self.defaultLanguage, slug)
        }
        let nonEmpty = { (text: String) in text.isEmpty ? nil : text }
        return SourceView(
            title: text(source.title),
            publisher: nonEmpty(text(source.publisher)),
            date: source.date,
            url: context.address(of: source, language)?.text,
            documentHref: documentRoute.map { route.link(to: $0) },
            passages: source.document.map { slug in
                sortedAnchors.map { anchor in
                    LinkView(
                        label: strings.format("sources.passage", ["n": String(anchor.dropFirst())]),
                        href: route.link(to: passageRoute(slug, anchor), fragment: anchor))
                }
            } ?? [])
    }
}

extension SiteContext {
    /// A source's address in `language`, falling back to the other site languages in order, as `text(_:_:)` does.
    func address(of source: Source, _ language: LanguageCode) -> WebAddress? {
        source.url[language] ?? languages.lazy.compactMap { source.url[$0] }.first
    }
}
