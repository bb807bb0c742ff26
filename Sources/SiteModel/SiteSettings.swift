/// `site.yml`: what the site is, who publishes it, and in which languages.
public struct SiteSettings: Hashable, Sendable {
    public var title: Localized
    public var description: Localized
    public var publisher: Localized
    public var license: Localized
    /// Where the licence text can be read; data packages and the footer link to it.
    public var licenseURL: WebAddress?
    /// The first is the default language.
    public var languages: [LanguageCode]
    /// Only for absolute URLs (sitemap, feed, canonical); pages link relatively. Ends with `/` when set.
    public var baseURL: WebAddress?
    public var homeRegion: RegionCode
    public var comparators: [RegionCode]
    /// Units the site adds beyond the built-in ones, with their display label per language.
    public var units: [String: Localized]
    /// Raw HTML in Markdown is dropped unless a site turns this on (`markdown: {raw_html: true}`).
    public var allowsRawHTML: Bool
    /// Whether a text missing in a language other than the default falls back to the default (`fallback`) or
    /// stops the build (`strict`).
    public var translations: TranslationPolicy = .fallback

    public init(
        title: Localized, description: Localized = Localized(), publisher: Localized = Localized(),
        license: Localized = Localized(), licenseURL: WebAddress? = nil, languages: [LanguageCode], baseURL: WebAddress? = nil,
        homeRegion: RegionCode, comparators: [RegionCode] = [], units: [String: Localized] = [:],
        allowsRawHTML: Bool = false
    ) {
        self.title = title
        self.description = description
        self.publisher = publisher
        self.license = license
        self.licenseURL = licenseURL
        self.languages = languages
        self.baseURL = baseURL
        self.homeRegion = homeRegion
        self.comparators = comparators
        self.units = units
        self.allowsRawHTML = allowsRawHTML
    }

    public var defaultLanguage: LanguageCode { languages[0] }
}

/// The units every site knows; their labels come from the theme's `i18n/<lang>.yml` (`units:`).
public enum BuiltInUnit {
    public static let ids: [String] = [
        "percent", "per_mille", "per_100k", "ratio", "count", "ten_thousand", "years", "yuan",
        "ten_thousand_yuan", "hundred_million_yuan",
    ]
}
