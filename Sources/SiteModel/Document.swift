/// A narrative document (speech, report), one version per language that has a file.
public struct Document: Hashable, Sendable {
    public var slug: DocumentSlug
    public var versions: [LanguageCode: DocumentVersion]

    public init(slug: DocumentSlug, versions: [LanguageCode: DocumentVersion]) {
        self.slug = slug
        self.versions = versions
    }

    /// The version to show in `language`: its own, else the first of `fallbacks` (site languages in order).
    public func version(for language: LanguageCode, fallbacks: [LanguageCode]) -> DocumentVersion? {
        if let own = versions[language] { return own }
        return fallbacks.lazy.compactMap { self.versions[$0] }.first
    }
}

/// `documents/<slug>.<lang>.md`: front matter plus a CommonMark body.
public struct DocumentVersion: Hashable, Sendable {
    public var language: LanguageCode
    public var title: String
    /// ISO 8601 date, as written.
    public var date: String
    public var author: String?
    public var role: String?
    /// `speech`, `report`, `bulletin`, …; translated through labels (`kind`).
    public var kind: String?
    public var indicators: [IndicatorID]
    /// True where the front matter says `translation: true`: the page then says the original is authoritative.
    public var isTranslation: Bool
    public var body: MarkdownText

    public init(
        language: LanguageCode, title: String, date: String, author: String? = nil, role: String? = nil,
        kind: String? = nil, indicators: [IndicatorID] = [], isTranslation: Bool = false, body: MarkdownText
    ) {
        self.language = language
        self.title = title
        self.date = date
        self.author = author
        self.role = role
        self.kind = kind
        self.indicators = indicators
        self.isTranslation = isTranslation
        self.body = body
    }
}

/// Another page (about, methodology), from `pages/<slug>.<lang>.md`.
public struct Page: Hashable, Sendable {
    public var slug: PageSlug
    public var versions: [LanguageCode: PageVersion]

    public init(slug: PageSlug, versions: [LanguageCode: PageVersion]) {
        self.slug = slug
        self.versions = versions
    }
}

public struct PageVersion: Hashable, Sendable {
    public var language: LanguageCode
    public var title: String
    /// Order in the navigation, lowest first (Hugo's `weight`); pages without one come last by slug.
    public var weight: Int?
    public var body: MarkdownText

    public init(language: LanguageCode, title: String, weight: Int? = nil, body: MarkdownText) {
        self.language = language
        self.title = title
        self.weight = weight
        self.body = body
    }
}
