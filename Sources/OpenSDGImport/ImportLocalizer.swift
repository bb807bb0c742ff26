/// Every text the import writes, in every language of the site, from Open SDG's texts and translations.
///
/// For each language the text is, in order: the language's own metadata (`meta/<lang>/<id>.yml`), the
/// translation of the text or key in `translations/<lang>/`, and, for the default language only, the text as
/// written where it is not a key. A language without any is reported in the summary and gets the default
/// language's text with `fillMissing`, else an empty cell that the build falls back from.
struct ImportLocalizer: Sendable {
    let languages: [String]
    let translations: OpenSDGTranslations
    let fillMissing: Bool

    var defaultLanguage: String { languages.first ?? "en" }

    /// `what` names the text in the summary (`indicator 1-2-1 name`); `raw` gives what a language's metadata
    /// says (nil where it says nothing, then the default language's is used).
    func texts(
        _ what: String, raw: (String) -> String?, fallback: String? = nil, tally: inout ImportTally
    ) -> [String: String] {
        var result: [String: String] = [:]
        let defaultRaw = raw(defaultLanguage)
        for language in languages {
            let own = raw(language)
            let written = own ?? defaultRaw
            var text: String?
            if let written {
                if let translated = translations.lookUp(written, in: language) {
                    text = translated
                } else if !translations.isKey(written), language == defaultLanguage || (own != nil && own != defaultRaw) {
                    text = written
                }
            }
            if text == nil, language == defaultLanguage {
                tally.missing(language, what)
                text = fallback ?? written ?? ""
            } else if text == nil {
                tally.missing(language, what)
                text = fillMissing ? result[defaultLanguage] ?? "" : ""
            }
            result[language] = ImportNames.cleanText(text ?? "")
        }
        return result
    }

    /// The same text as written in every language, translated where a translation exists (data labels, units).
    func texts(_ what: String, written: String, tally: inout ImportTally) -> [String: String] {
        texts(what, raw: { _ in written }, tally: &tally)
    }
}
