/// A row of `regions.csv`: a place that data can be about.
public struct Region: Hashable, Sendable {
    /// A cell of the tile-grid map of the parent's children; 0-based, rows run downward.
    public struct GridPosition: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    public var code: RegionCode
    public var name: Localized
    /// Empty per language where the full name is to be used.
    public var shortName: Localized
    /// `country`, `province`, `prefecture`, `county`, or free text; translated through labels (`level`).
    public var level: String
    public var parent: RegionCode?
    public var gridPosition: GridPosition?

    public init(
        code: RegionCode, name: Localized, shortName: Localized = Localized(), level: String,
        parent: RegionCode? = nil, gridPosition: GridPosition? = nil
    ) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.level = level
        self.parent = parent
        self.gridPosition = gridPosition
    }

    /// The short name in `language`, else the full name; where `language` has neither (a missing translation),
    /// the same in the first of `fallbacks` that has one.
    public func shortName(in language: LanguageCode, fallbacks: [LanguageCode] = []) -> String {
        for candidate in [language] + fallbacks {
            if let short = shortName[candidate], !short.isEmpty { return short }
            if let full = name[candidate], !full.isEmpty { return full }
        }
        return ""
    }
}

/// A row of `topics.csv`: a plan or an area of it; topics nest to any depth.
public struct Topic: Hashable, Sendable {
    public var id: TopicID
    public var parent: TopicID?
    public var name: Localized

    public init(id: TopicID, parent: TopicID? = nil, name: Localized) {
        self.id = id
        self.parent = parent
        self.name = name
    }
}

/// A row of `sources.csv`: where figures come from.
public struct Source: Hashable, Sendable {
    public var id: SourceID
    public var title: Localized
    public var publisher: Localized
    /// ISO 8601 date, as written.
    public var date: String?
    /// The checked address per language (`url_zh`, `url_en`), or the same `url` for every language.
    public var url: [LanguageCode: WebAddress]
    /// A narrative document in `documents/` that this source is, so figures can link to its paragraphs.
    public var document: DocumentSlug?

    public init(
        id: SourceID, title: Localized, publisher: Localized = Localized(), date: String? = nil,
        url: [LanguageCode: WebAddress] = [:], document: DocumentSlug? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.document = document
    }
}

/// Translations from `labels.csv` of dimension names and values, region levels and document kinds.
public struct Labels: Hashable, Sendable {
    /// dimension → name of the dimension itself (rows with an empty `code`).
    public var dimensionNames: [String: Localized]
    /// dimension → code → name.
    public var values: [String: [String: Localized]]

    public init(dimensionNames: [String: Localized] = [:], values: [String: [String: Localized]] = [:]) {
        self.dimensionNames = dimensionNames
        self.values = values
    }

    /// The label of a value, or the value as written where no row translates it.
    public func label(_ code: String, of dimension: String, in language: LanguageCode) -> String {
        let text = values[dimension]?[code]?[language] ?? ""
        return text.isEmpty ? code : text
    }

    /// The label of a dimension itself, or its column name.
    public func name(of dimension: String, in language: LanguageCode) -> String {
        let text = dimensionNames[dimension]?[language] ?? ""
        return text.isEmpty ? dimension : text
    }
}
