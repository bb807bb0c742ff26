import SiteModel
import Yams

/// What `site.yml` gives the rest of the load: the settings where complete, the languages (needed to check
/// every other file even when the settings are not), and the region codes to check once regions are read.
struct SiteFile {
    var settings: SiteSettings?
    var languages: [LanguageCode]
    /// The units the site adds, known even where the settings are incomplete, so indicators are not misreported.
    var unitIDs: Set<String>
    var regionReferences: [Reference<RegionTag>]
}

/// An id written somewhere in the content, kept with its place until the objects it may name are all read.
struct Reference<Tag> {
    var id: Identifier<Tag>
    var location: SourceLocation
}

extension LoadState {
    static let siteFile = "site.yml"
    private static let siteKeys = [
        "title", "description", "publisher", "license", "license_url", "languages", "base_url", "home_region", "comparators",
        "units", "markdown", "translations",
    ]

    mutating func loadSiteFile() -> SiteFile {
        let place = YAMLText(path: Self.siteFile)
        var result = SiteFile(settings: nil, languages: [], unitIDs: [], regionReferences: [])
        guard let text = readText(Self.siteFile) else { return result }
        let errorsBefore = errorCount
        guard let root = parseYAML(text, at: place) else {
            if errorCount == errorsBefore {
                error("the file is empty; it needs at least title, languages and home_region", place.path)
            }
            return result
        }
        guard let map = yamlMap(root, "site.yml", in: place) else { return result }
        warnUnknownKeys(map, known: Self.siteKeys, "site.yml", in: place)

        let languages = siteLanguages(map, in: place)
        result.languages = languages
        // Before the first per-language text, which it decides about.
        siteLanguages = languages
        translationPolicy = map.value("translations").map { siteTranslations($0, in: place) } ?? .fallback

        func localized(_ key: String, required: Bool) -> Localized? {
            guard let node = map.value(key) else {
                if required { error("missing \(key)", place.path, line: 1, column: 1) }
                return nil
            }
            return yamlLocalized(node, key, languages: languages, in: place)
        }
        let title = localized("title", required: true)
        let description = localized("description", required: false)
        let publisher = localized("publisher", required: false)
        let license = localized("license", required: false)
        let baseURL = map.value("base_url").flatMap { webAddress($0, "base_url", as: .base, in: place)?.asBase }
        let licenseURL = map.value("license_url").flatMap { webAddress($0, "license_url", as: .absolute, in: place) }

        var homeRegion: RegionCode?
        if let node = map.value("home_region") {
            if let code = yamlText(node, "home_region", in: place), !code.isEmpty {
                homeRegion = RegionCode(code)
                result.regionReferences.append(Reference(id: RegionCode(code), location: location(of: node, in: place)))
            } else {
                error("home_region is empty", at: node, in: place)
            }
        } else {
            error("missing home_region", place.path, line: 1, column: 1)
        }

        var comparators: [RegionCode] = []
        if let node = map.value("comparators"), let items = yamlTextList(node, "comparators", in: place) {
            for item in items {
                let code = RegionCode(item.text)
                // Charts draw the home region and each comparator once; a repeat is a slip, kept out of the list.
                if code == homeRegion {
                    warning(
                        "comparator \(quoted(item.text)) is the home region, which every chart draws anyway; it is ignored",
                        at: item.node, in: place)
                    continue
                }
                if comparators.contains(code) {
                    warning("comparator \(quoted(item.text)) is listed twice; the second is ignored", at: item.node, in: place)
                    continue
                }
                comparators.append(code)
                result.regionReferences.append(Reference(id: code, location: location(of: item.node, in: place)))
            }
        }

        let units = map.value("units").map { siteUnits($0, languages: languages, in: place) } ?? [:]
        result.unitIDs = Set(units.keys)
        let allowsRawHTML = map.value("markdown").map { siteAllowsRawHTML($0, in: place) } ?? false

        if errorCount == errorsBefore, let title, let homeRegion {
            result.settings = SiteSettings(
                title: title, description: description ?? Localized(), publisher: publisher ?? Localized(),
                license: license ?? Localized(), licenseURL: licenseURL, languages: languages, baseURL: baseURL, homeRegion: homeRegion,
                comparators: comparators, units: units, allowsRawHTML: allowsRawHTML)
            result.settings?.translations = translationPolicy
        }
        return result
    }

    func location(of node: Node, in place: YAMLText) -> SourceLocation {
        guard let mark = node.mark else { return location(place.path, line: place.firstLine) }
        return location(place.path, line: place.line(mark), column: place.column(mark))
    }

    /// `languages: [zh, en]`: a non-empty list of distinct codes usable in file and column names.
    private mutating func siteLanguages(_ map: YAMLMap, in place: YAMLText) -> [LanguageCode] {
        guard let node = map.value("languages") else {
            error("missing languages (e.g. languages: [zh, en]; the first is the default)", place.path, line: 1, column: 1)
            return []
        }
        guard let items = yamlTextList(node, "languages", in: place) else { return [] }
        var languages: [LanguageCode] = []
        for item in items {
            let code = LanguageCode(item.text)
            if let problem = LanguageTagSyntax.problem(item.text) {
                error("bad language code \(quoted(item.text)): \(problem)", at: item.node, in: place)
            } else if languages.contains(code) {
                error("language \(quoted(item.text)) is listed twice", at: item.node, in: place)
            } else {
                languages.append(code)
            }
        }
        if items.isEmpty { error("languages is empty; list at least one, e.g. [zh, en]", at: node, in: place) }
        return languages
    }

    /// `units: {index: {zh: 指数, en: index}}`: extra units with a label per language.
    private mutating func siteUnits(
        _ node: Node, languages: [LanguageCode], in place: YAMLText
    ) -> [String: Localized] {
        guard let map = yamlMap(node, "units", in: place) else { return [:] }
        var units: [String: Localized] = [:]
        for field in map.fields {
            units[field.key] = yamlLocalized(field.value, "units.\(field.key)", languages: languages, in: place) ?? Localized()
        }
        return units
    }

    /// `translations: strict` makes a text missing in a language other than the default an error; `fallback`
    /// (the default) shows the default language's text with a warning.
    private mutating func siteTranslations(_ node: Node, in place: YAMLText) -> TranslationPolicy {
        guard let text = yamlText(node, "translations", in: place) else { return .fallback }
        guard let policy = TranslationPolicy(rawValue: text) else {
            error("translations must be fallback or strict, not \(quoted(text))", at: node, in: place)
            return .fallback
        }
        return policy
    }

    /// `markdown: {raw_html: true}` keeps raw HTML in Markdown; anything else leaves it dropped.
    private mutating func siteAllowsRawHTML(_ node: Node, in place: YAMLText) -> Bool {
        guard let map = yamlMap(node, "markdown", in: place) else { return false }
        warnUnknownKeys(map, known: ["raw_html"], "markdown", in: place)
        guard let value = map.value("raw_html") else { return false }
        guard let flag = value.bool else {
            error("markdown.raw_html must be true or false", at: value, in: place)
            return false
        }
        return flag
    }
}
