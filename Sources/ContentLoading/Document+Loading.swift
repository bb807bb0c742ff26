import SiteModel
import Yams

extension LoadState {
    static let documentsFolder = "documents"
    private static let documentKeys = ["title", "date", "author", "role", "kind", "indicators", "translation"]

    /// Documents from their checked Markdown files, newest first, then by slug.
    ///
    /// A document's date is its default-language version's, else its first version's (in site language order).
    mutating func documents(
        from files: [MarkdownFile], languages: [LanguageCode], indicators: Set<IndicatorID>
    ) -> [Document] {
        var versions: [DocumentSlug: [LanguageCode: DocumentVersion]] = [:]
        for file in files {
            if let version = documentVersion(file, indicators: indicators) {
                versions[DocumentSlug(file.slug), default: [:]][file.language] = version
            }
        }
        let documents = versions.map { Document(slug: $0.key, versions: $0.value) }
        func date(_ document: Document) -> String {
            languages.lazy.compactMap { document.versions[$0]?.date }.first ?? ""
        }
        return documents.sorted { lhs, rhs in
            let (left, right) = (date(lhs), date(rhs))
            return left != right ? left > right : lhs.slug < rhs.slug
        }
    }

    private mutating func documentVersion(_ file: MarkdownFile, indicators: Set<IndicatorID>) -> DocumentVersion? {
        let place = file.frontMatterPlace
        guard case .map(let map) = file.frontMatter else {
            if case .absent = file.frontMatter {
                error("missing front matter: a document starts with ---, title:, date: and ---", file.path, line: 1, column: 1)
            }
            return nil
        }
        warnUnknownKeys(map, known: Self.documentKeys, "the front matter", in: place)
        let title = requiredFrontMatterText("title", map, file: file)
        var date = requiredFrontMatterText("date", map, file: file)
        if let text = date, let node = map.value("date"), !ISODate.isValid(text) {
            error("bad date \(quoted(text)): \(ISODate.rule)", at: node, in: place)
            date = nil
        }
        var ids: [IndicatorID] = []
        if let node = map.value("indicators"), let items = yamlTextList(node, "indicators", in: place) {
            for item in items {
                let id = IndicatorID(item.text)
                if indicators.contains(id) {
                    ids.append(id)
                } else {
                    error("unknown indicator \(quoted(item.text)) (not in indicators.csv)", at: item.node, in: place)
                }
            }
        }
        var isTranslation = false
        if let node = map.value("translation") {
            if let flag = node.bool {
                isTranslation = flag
            } else {
                error("translation must be true or false", at: node, in: place)
            }
        }
        guard let title, let date else { return nil }
        return DocumentVersion(
            language: file.language, title: title, date: date,
            author: optionalFrontMatterText("author", map, place: place),
            role: optionalFrontMatterText("role", map, place: place),
            kind: optionalFrontMatterText("kind", map, place: place),
            indicators: ids, isTranslation: isTranslation, body: file.body)
    }

    /// A required front matter text, or nil with an error where it is missing or empty.
    mutating func requiredFrontMatterText(_ key: String, _ map: YAMLMap, file: MarkdownFile) -> String? {
        guard let node = map.value(key) else {
            let line = map.node.mark.map(file.frontMatterPlace.line) ?? 1
            error("missing \(key) in the front matter", file.path, line: line, column: 1)
            return nil
        }
        guard let text = yamlText(node, key, in: file.frontMatterPlace) else { return nil }
        guard !text.isEmpty else {
            error("empty \(key) in the front matter", at: node, in: file.frontMatterPlace)
            return nil
        }
        return text
    }

    private mutating func optionalFrontMatterText(_ key: String, _ map: YAMLMap, place: YAMLText) -> String? {
        guard let node = map.value(key), let text = yamlText(node, key, in: place), !text.isEmpty else { return nil }
        return text
    }
}
