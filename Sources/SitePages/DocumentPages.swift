import SiteModel

/// The documents, newest first, with their kind, author and the languages they exist in.
struct DocumentIndexView: Sendable {
    struct Row: Sendable {
        var title: String
        var href: String
        var date: String
        var kind: String?
        var author: String?
        /// The language the title is shown in, where the document lacks the page's language.
        var lang: String?
        var translation: Bool
    }

    struct KindCount: Sendable {
        var kind: String
        var count: Int
    }

    var rows: [Row]
    var kinds: [KindCount]
}

/// One document: its text with paragraph anchors and charts, and the indicators it speaks of.
struct DocumentPageView: Sendable {
    var title: String
    var date: String
    var author: String?
    var role: String?
    var kind: String?
    /// Set where the document is shown in another language than the page's.
    var lang: String?
    var missingNotice: String?
    var translationNotice: String?
    var originalHref: String?
    var originalLabel: String?
    var body: String
    var indicators: [LinkView]
    var sourceFor: [LinkView]
}

extension LanguageContext {
    /// A document as listed on the index and home pages, in the page's language where it has one.
    func documentRow(_ document: Document, on route: Route) -> DocumentIndexView.Row? {
        guard let version = document.version(for: language, fallbacks: languages) else { return nil }
        return DocumentIndexView.Row(
            title: version.title, href: route.link(to: .document(language, document.slug)), date: version.date,
            kind: version.kind.map { format.kindName($0) }, author: version.author,
            lang: version.language == language ? nil : version.language.rawValue, translation: version.isTranslation)
    }

    func documentIndexPage() throws -> String {
        let route = Route.documentIndex(language)
        var kinds: [String] = []
        for document in site.documents {
            if let kind = document.version(for: language, fallbacks: languages)?.kind, !kinds.contains(kind) {
                kinds.append(kind)
            }
        }
        let rows = site.documents.compactMap { documentRow($0, on: route) }
        let view = DocumentIndexView(
            rows: rows,
            kinds: kinds.map { kind in
                DocumentIndexView.KindCount(
                    kind: format.kindName(kind),
                    count: site.documents.filter { $0.version(for: language, fallbacks: languages)?.kind == kind }.count)
            })
        return try renderPage(
            "document-index", layout: layout(route, title: strings["nav.documents"]), view: view)
    }

    func documentPage(_ document: Document) throws -> String {
        let route = Route.document(language, document.slug)
        guard let version = document.version(for: language, fallbacks: languages) else {
            throw ThemeProblem(file: "documents/\(document.slug)", message: "document has no version")
        }
        let shownLanguage = version.language
        let original = document.versions.values.filter { !$0.isTranslation }.map(\.language).sorted().first
        let languageName = { (code: LanguageCode) in self.languageName(code) }

        let sourceFor = context.indicatorsCiting(document.slug).map { indicator in
            LinkView(label: text(indicator.name), href: route.link(to: .indicator(language, indicator.id)))
        }
        let view = DocumentPageView(
            title: version.title, date: version.date, author: version.author, role: version.role,
            kind: version.kind.map { format.kindName($0) },
            lang: shownLanguage == language ? nil : shownLanguage.rawValue,
            missingNotice: shownLanguage == language
                ? nil : strings.format("document.not_available", ["language": languageName(shownLanguage)]),
            translationNotice: version.isTranslation
                ? strings.format("document.translation", ["language": original.map(languageName) ?? ""]) : nil,
            originalHref: version.isTranslation && original != nil
                ? route.link(to: .document(original!, document.slug)) : nil,
            originalLabel: original.map { strings.format("document.read_original", ["language": languageName($0)]) },
            body: renderMarkdown(version.body, on: route, chartPrefix: "d"),
            indicators: version.indicators.compactMap { id in
                site.indicatorIndex[id].map {
                    LinkView(label: text($0.name), href: route.link(to: .indicator(language, id)))
                }
            },
            sourceFor: sourceFor)
        return try renderPage(
            "document",
            layout: layout(
                route, title: version.title, titleLanguage: version.language,
                breadcrumbs: [(strings["nav.documents"], .documentIndex(language))]),
            view: view)
    }
}

/// A page from `pages/`.
struct ContentPageView: Sendable {
    var title: String
    var lang: String?
    var missingNotice: String?
    var body: String
}

extension LanguageContext {
    func contentPage(_ page: Page) throws -> String {
        let route = Route.page(language, page.slug)
        guard let version = page.versions[language] ?? languages.lazy.compactMap({ page.versions[$0] }).first else {
            throw ThemeProblem(file: "pages/\(page.slug)", message: "page has no version")
        }
        let shown = version.language
        let view = ContentPageView(
            title: version.title, lang: shown == language ? nil : shown.rawValue,
            missingNotice: shown == language
                ? nil
                : strings.format("document.not_available", ["language": languageName(shown)]),
            body: renderMarkdown(version.body, on: route, chartPrefix: "d"))
        return try renderPage(
            "page", layout: layout(route, title: version.title, titleLanguage: version.language),
            view: view)
    }
}
