import SiteModel

extension LoadState {
    /// The one place that decides what a text missing in a language is.
    ///
    /// In the default language it is an error: that language is authoritative, and the text every other
    /// language falls back to. In another language it is a located warning and a recorded gap, and the page
    /// shows the default language's text marked with its `lang`; under `translations: strict` it is an error.
    /// `message` says what is missing as the error did before fallbacks existed (`empty name_fr`); `warns`
    /// false records the gap without a message of its own, where one message already covers many texts (a
    /// missing column, reported once for the header as an error or a warning).
    mutating func missingTranslation(
        _ message: String, text: String, language: LanguageCode, at location: SourceLocation, warns: Bool = true
    ) {
        let defaultLanguage = siteLanguages.first
        if language == defaultLanguage || defaultLanguage == nil || translationPolicy == .strict {
            if warns { report(.error(message, at: location)) }
            return
        }
        translationGaps.append(TranslationGap(language: language, text: text, location: location))
        if warns, let defaultLanguage {
            report(
                .warning(
                    "\(message): the \(defaultLanguage) text is shown in its place (translations: strict makes this an error)",
                    at: location, code: "translation.missing"))
        }
    }

    /// Whether a text missing in `language` is an error rather than a fallback.
    func requiresTranslation(in language: LanguageCode) -> Bool {
        language == siteLanguages.first || translationPolicy == .strict
    }
}

extension LoadState {
    /// Markdown files (indicator texts, pages) written in the default language but not in another: each missing
    /// file is a gap, located at the default language's file, whose text the page shows instead. Documents are
    /// not: a document is a publication that exists in the languages it was published in, and its page already
    /// says so ("not available in English").
    mutating func reportMissingMarkdown(_ files: [MarkdownFile], folder: String) {
        guard let defaultLanguage = siteLanguages.first else { return }
        let written = Set(files.map { "\($0.slug)\u{0}\($0.language.rawValue)" })
        for file in files where file.language == defaultLanguage {
            for language in siteLanguages.dropFirst() where !written.contains("\(file.slug)\u{0}\(language.rawValue)") {
                let missing = "\(folder)/\(file.slug).\(language.rawValue).md"
                missingTranslation(
                    "no \(missing) beside \(file.path)", text: missing, language: language, at: location(file.path, line: 1, column: 1))
            }
        }
    }
}
