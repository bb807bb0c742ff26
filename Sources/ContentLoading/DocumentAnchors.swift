import SiteModel

/// The passages a figure's source can cite as `id#pN`: paragraphs and headings of each document's text in the
/// default language, which is the authoritative one.
struct DocumentAnchors: Equatable, Sendable {
    private struct Text: Equatable, Sendable {
        var path: String
        var paragraphCount: Int
        var headingAnchors: Set<String>
    }

    private var texts: [DocumentSlug: Text] = [:]
    private var documents: Set<DocumentSlug> = []
    private let defaultLanguage: LanguageCode?

    init(documentFiles: [MarkdownFile], defaultLanguage: LanguageCode?) {
        self.defaultLanguage = defaultLanguage
        documents = Set(documentFiles.map { DocumentSlug($0.slug) })
        for file in documentFiles where file.language == defaultLanguage {
            texts[DocumentSlug(file.slug)] = Text(
                path: file.body.file, paragraphCount: file.outline.paragraphs.count,
                headingAnchors: Set(file.outline.headings.map(\.anchor)))
        }
    }

    /// Why `#anchor` does not name a passage of `document`, or nil when it does (or when the document or the
    /// default language is unknown, which is reported elsewhere).
    func problem(with anchor: String, in document: DocumentSlug) -> String? {
        guard documents.contains(document), let defaultLanguage else { return nil }
        guard let text = texts[document] else {
            return "#\(shortened(anchor)) points into document \(quoted(document.rawValue)), which has no \(defaultLanguage.rawValue) version"
        }
        if text.headingAnchors.contains(anchor) { return nil }
        if anchor.hasPrefix("p"), let number = nonNegativeInteger(String(anchor.dropFirst())), number >= 1 {
            guard number > text.paragraphCount else { return nil }
            return "#\(shortened(anchor)) is past the last paragraph of \(text.path) (\(text.paragraphCount) paragraphs)"
        }
        return "unknown anchor #\(shortened(anchor)): cite a paragraph of \(text.path) as #p1 to #p\(text.paragraphCount)"
    }
}
