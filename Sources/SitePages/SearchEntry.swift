import Markdown
import SiteModel

/// One thing a reader can find: an indicator, a region, a document, a page, or one paragraph of a document or
/// page (linked at its `#pN` anchor).
///
/// Entries are numbered in one stable order — indicators, regions, documents and pages in site order, then every
/// paragraph, each document's together — so that ranking by number puts objects before passages, and the
/// passages of one document share an entry file.
struct SearchEntry: Sendable, Equatable {
    enum Kind: Int, Sendable, CaseIterable {
        case indicator, region, document, page, paragraph

        /// The interface string naming the kind beside a result.
        var labelKey: String {
            switch self {
            case .indicator: "search.kinds.indicator"
            case .region: "search.kinds.region"
            case .document: "search.kinds.document"
            case .page: "search.kinds.page"
            case .paragraph: "search.kinds.paragraph"
            }
        }
    }

    var kind: Kind
    /// Shown as the result's link; a title match ranks first. A paragraph's title is its document's.
    var title: String
    /// The language of `title` where it is not the page's (a document shown in the language it exists in).
    var titleLanguage: String?
    /// Relative to the language folder, where the search page lies.
    var href: String
    /// A line under the link: the topic, the parent region, the date, the start of the paragraph.
    var excerpt: String
    /// Text that finds the entry but is not its title (codes, names in other forms, a paragraph).
    var body: [String]
}

/// What is searchable in one language, enumerated without reading any Markdown, so that the plan can count the
/// entry files before anything is rendered.
enum SearchSubject: Sendable {
    case indicator(Indicator)
    case region(Region)
    case document(Document, DocumentVersion)
    case page(Page, PageVersion)
    /// Paragraph `index` (0-based, anchored `#p<index+1>`) of a document or page.
    case paragraph(Route, title: String, titleLanguage: LanguageCode, text: MarkdownText, index: Int)
}

extension LanguageContext {
    func searchSubjects() -> [SearchSubject] {
        let documents = site.documents.compactMap { document in
            document.version(for: language, fallbacks: languages).map { (document, $0) }
        }
        let pages = sortedPages()
        var subjects: [SearchSubject] = site.indicators.map { .indicator($0) } + site.regions.map { .region($0) }
        subjects += documents.map { .document($0, $1) } + pages.map { .page($0, $1) }
        for (document, version) in documents {
            subjects += (0..<version.body.paragraphCount).map {
                .paragraph(
                    .document(language, document.slug), title: version.title, titleLanguage: version.language,
                    text: version.body, index: $0)
            }
        }
        for (page, version) in pages {
            subjects += (0..<version.body.paragraphCount).map {
                .paragraph(
                    .page(language, page.slug), title: version.title, titleLanguage: version.language,
                    text: version.body, index: $0)
            }
        }
        return subjects
    }

    /// Every entry of `language`'s index, in `searchSubjects` order; each Markdown text is read once.
    func searchEntries() -> [SearchEntry] {
        let here = Route.search(language)
        var paragraphs: [String: [String]] = [:]
        func other(_ code: LanguageCode) -> String? { code == language ? nil : code.rawValue }
        return searchSubjects().map { subject in
            switch subject {
            case .indicator(let indicator):
                let topic = site.topicIndex[indicator.topic].map { text($0.name) } ?? ""
                let long = indicator.longText[language].map { Markdown.outline($0.markdown).paragraphs } ?? []
                return SearchEntry(
                    kind: .indicator, title: text(indicator.name),
                    href: here.link(to: .indicator(language, indicator.id)), excerpt: topic,
                    body: [indicator.id.rawValue, topic] + long)
            case .region(let region):
                let parent = region.parent.map { regionName($0) }
                return SearchEntry(
                    kind: .region, title: text(region.name),
                    href: here.link(to: .region(language, region.code)),
                    excerpt: [parent, region.code.rawValue].compactMap { $0 }.joined(separator: " · "),
                    body: [region.code.rawValue, region.shortName(in: language)] + languages.map { context.text(region.name, $0) })
            case .document(let document, let version):
                return SearchEntry(
                    kind: .document, title: version.title, titleLanguage: other(version.language),
                    href: here.link(to: .document(language, document.slug)), excerpt: version.date,
                    body: [version.author, version.kind, version.date].compactMap { $0 })
            case .page(let page, let version):
                return SearchEntry(
                    kind: .page, title: version.title, titleLanguage: other(version.language),
                    href: here.link(to: .page(language, page.slug)), excerpt: "", body: [])
            case .paragraph(let route, let title, let titleLanguage, let markdown, let index):
                let key = markdown.file
                let texts = paragraphs[key] ?? Markdown.outline(markdown.markdown).paragraphs
                paragraphs[key] = texts
                let text = index < texts.count ? texts[index] : ""
                return SearchEntry(
                    kind: .paragraph, title: title, titleLanguage: other(titleLanguage),
                    href: here.link(to: route, fragment: Markdown.paragraphAnchor(index)), excerpt: Self.excerpt(text), body: [text])
            }
        }
    }

    /// The start of a paragraph, cut at a character so a result stays one or two lines.
    static func excerpt(_ text: String, length: Int = 80) -> String {
        guard text.count > length else { return text }
        return String(text.prefix(length)) + "…"
    }
}
