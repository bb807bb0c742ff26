/// A text missing in a language other than the default, shown in the default language in its place.
///
/// Real publishers translate in stages; one missing French label should not stop a site. Each gap is a located
/// warning at build time, counted per language in the build summary and listed on the translation-status page.
public struct TranslationGap: Hashable, Sendable {
    /// The language the text is missing in.
    public var language: LanguageCode
    /// What is missing, as an editor finds it: `name_fr`, `title.fr`, `indicators/1-1.fr.md`.
    public var text: String
    public var location: SourceLocation

    public init(language: LanguageCode, text: String, location: SourceLocation) {
        self.language = language
        self.text = text
        self.location = location
    }
}

/// `translations:` in `site.yml`: what a text missing in a language other than the default is.
public enum TranslationPolicy: String, Hashable, Sendable {
    /// The default: shown in the default language, marked with its `lang`, and a warning.
    case fallback
    /// An error: for sites that publish nothing untranslated.
    case strict
}
