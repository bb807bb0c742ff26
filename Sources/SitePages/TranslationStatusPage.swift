import SiteModel

/// The texts each language shows in the default language, so a team can work through them: one page per site
/// language, for editors, linked from nowhere, left out of the sitemap and marked `noindex`.
struct TranslationStatusView: Sendable {
    struct Gap: Sendable {
        var text: String
        var place: String
    }

    struct Language: Sendable {
        var name: String
        var lang: String
        var count: Int
        var gaps: [Gap]
    }

    var intro: String
    var languages: [Language]
    var isComplete: Bool
}

extension LanguageContext {
    func translationStatusPage() throws -> String {
        let route = Route.translationStatus(language)
        let byLanguage = Dictionary(grouping: site.translationGaps, by: \.language)
        let view = TranslationStatusView(
            intro: strings.format("translation_status.intro", ["language": languageName(defaultLanguage)]),
            languages: languages.dropFirst().compactMap { other in
                guard let gaps = byLanguage[other], !gaps.isEmpty else { return nil }
                return TranslationStatusView.Language(
                    name: languageName(other), lang: other.rawValue, count: gaps.count,
                    gaps: gaps.map { TranslationStatusView.Gap(text: $0.text, place: $0.location.description) })
            },
            isComplete: site.translationGaps.isEmpty)
        var layout = layout(route, title: strings["translation_status.title"])
        layout.noindex = true
        return try renderPage("translation-status", layout: layout, view: view)
    }
}
