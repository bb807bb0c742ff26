import SiteModel

/// What the page builders of one site language read: the `SiteContext` every language shares, the language, its
/// interface strings and its `Formatting`. `SitePlan` makes one per language and hands it to each page of that
/// language, so a builder takes only what it builds (an indicator, a region) and never passes a language along.
public struct LanguageContext: Sendable {
    /// The model, theme, settings and the lookups every language shares.
    public let context: SiteContext
    public let language: LanguageCode
    /// The interface words of `language`.
    public let strings: UIStrings
    /// How values, units, statuses and flags read in `language`.
    public let format: Formatting
    /// The layout's links by folder (`layoutLinks(from:navigation:)`).
    let layoutLinkCache = LayoutLinksCache()

    public init(_ context: SiteContext, _ language: LanguageCode) {
        self.context = context
        self.language = language
        self.strings = context.strings(language)
        self.format = Formatting(site: context.site, strings: strings)
    }

    var site: Site { context.site }
    var theme: Theme { context.theme }
    var languages: [LanguageCode] { context.languages }
    var defaultLanguage: LanguageCode { context.defaultLanguage }
    var homeRegion: RegionCode { context.homeRegion }
    var featuredRegions: [RegionCode] { context.featuredRegions }
    var hierarchy: RegionHierarchy { context.hierarchy }

    /// A localized text in this language, falling back to the other site languages in order.
    func text(_ localized: Localized) -> String {
        context.text(localized, language)
    }

    /// The language `text(localized)` comes from where it is another than this one (a translation missing, shown
    /// in the default language): the `lang` a page marks it with. Nil when it is this language's own.
    func fallbackLanguage(_ localized: Localized) -> LanguageCode? {
        if let own = localized[language], !own.isEmpty { return nil }
        return languages.first { localized[$0].map { !$0.isEmpty } ?? false }
    }

    func regionName(_ code: RegionCode) -> String {
        context.regionName(code, language)
    }

    func regionShortName(_ code: RegionCode) -> String {
        context.regionShortName(code, language)
    }

    /// A language's name in the words of this one (`en` on a Chinese page: 英文).
    func languageName(_ code: LanguageCode) -> String {
        context.languageName(code, in: language)
    }

    func link(from route: Route, to target: Route, fragment: String? = nil) -> String {
        context.link(from: route, to: target, fragment: fragment)
    }

    func absoluteURL(_ route: Route) -> String? {
        context.absoluteURL(route)
    }
}
