/// A text given once per language of the site (`name_zh`, `name_en` columns or a `{zh: …, en: …}` map).
public struct Localized: Hashable, Sendable {
    public var values: [LanguageCode: String]

    public init(_ values: [LanguageCode: String] = [:]) { self.values = values }

    public subscript(language: LanguageCode) -> String? {
        get { values[language] }
        set { values[language] = newValue }
    }

    public var isEmpty: Bool { values.values.allSatisfy(\.isEmpty) }

    /// The text in `language`, else in the first of `fallbacks` that has one, else "".
    ///
    /// Validation guarantees required texts exist in every language; the fallback only serves optional ones.
    public func text(in language: LanguageCode, fallbacks: [LanguageCode] = []) -> String {
        if let text = values[language], !text.isEmpty { return text }
        for other in fallbacks {
            if let text = values[other], !text.isEmpty { return text }
        }
        return ""
    }
}
