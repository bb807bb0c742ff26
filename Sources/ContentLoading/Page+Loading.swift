import SiteModel

extension LoadState {
    static let pagesFolder = "pages"

    /// Pages from their checked Markdown files, by slug (navigation order is the page stage's, by weight).
    mutating func pages(from files: [MarkdownFile]) -> [Page] {
        var versions: [PageSlug: [LanguageCode: PageVersion]] = [:]
        for file in files {
            if let version = pageVersion(file) {
                versions[PageSlug(file.slug), default: [:]][file.language] = version
            }
        }
        return versions.map { Page(slug: $0.key, versions: $0.value) }.sorted { $0.slug < $1.slug }
    }

    private mutating func pageVersion(_ file: MarkdownFile) -> PageVersion? {
        let place = file.frontMatterPlace
        guard case .map(let map) = file.frontMatter else {
            if case .absent = file.frontMatter {
                error("missing front matter: a page starts with ---, title: and ---", file.path, line: 1, column: 1)
            }
            return nil
        }
        warnUnknownKeys(map, known: ["title", "weight"], "the front matter", in: place)
        var weight: Int?
        if let node = map.value("weight") {
            if let text = node.scalar?.string, let number = Int(text) {
                weight = number
            } else {
                error("weight must be a whole number", at: node, in: place)
            }
        }
        guard let title = requiredFrontMatterText("title", map, file: file) else { return nil }
        return PageVersion(language: file.language, title: title, weight: weight, body: file.body)
    }
}
