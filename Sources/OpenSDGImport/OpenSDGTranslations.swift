import Foundation

/// Open SDG's translations: `translations/<lang>/<group>.yml`, each a mapping of key to text.
///
/// Open SDG writes a translatable text either as a key, `group.key` (`global_indicators.1-2-1-title`), or as the
/// text itself, which is then looked up in the `data` group (disaggregation names and values, units). The same
/// layout is read from the repository's own `translations/` folder and from any folder given with
/// `--translations` (a checkout of open-sdg/sdg-translations, which holds the UN titles most repositories point at).
struct OpenSDGTranslations: Sendable {
    /// language → group → key → text.
    private(set) var groups: [String: [String: [String: String]]] = [:]
    private(set) var problems: [ImportProblem] = []

    /// Reads every `<lang>/<group>.yml` under each folder; later folders override earlier ones, key by key.
    init(folders: [URL], display: (URL) -> String) {
        let files = FileManager.default
        for folder in folders {
            guard let languages = try? files.contentsOfDirectory(atPath: folder.path) else { continue }
            for language in languages.sorted() where !language.hasPrefix(".") {
                let languageFolder = folder.appendingPathComponent(language)
                guard let names = try? files.contentsOfDirectory(atPath: languageFolder.path) else { continue }
                for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
                    let url = languageFolder.appendingPathComponent(name)
                    let group = (name as NSString).deletingPathExtension
                    guard let text = ImportFiles.text(url) else { continue }
                    switch OpenSDGYAML.mapping(text, file: display(url)) {
                    case .failure(let problem): problems.append(problem)
                    case .success(let map):
                        for (key, value) in map {
                            if let text = value.text { groups[language, default: [:]][group, default: [:]][key] = text }
                        }
                    }
                }
            }
        }
    }

    /// The text of `raw` in `language`: a `group.key` looked up in its group, else `raw` looked up in `data`.
    func lookUp(_ raw: String, in language: String) -> String? {
        guard let byGroup = groups[language] else { return nil }
        if let dot = raw.firstIndex(of: "."), let group = byGroup[String(raw[..<dot])],
            let text = group[String(raw[raw.index(after: dot)...])]
        {
            return text
        }
        return byGroup["data"]?[raw]
    }

    /// True when `raw` has the shape of a translation key of a group some language has, so it is not a text.
    func isKey(_ raw: String) -> Bool {
        guard let dot = raw.firstIndex(of: "."), !raw.contains(" ") else { return false }
        let group = String(raw[..<dot])
        return groups.values.contains { $0[group] != nil } || Self.openSDGGroups.contains(group)
    }

    /// Groups of open-sdg/sdg-translations, known even when that repository was not given.
    private static let openSDGGroups: Set<String> = [
        "global_goals", "global_targets", "global_indicators", "data", "general", "indicator", "custom", "chart",
        "metadata_fields", "status",
    ]
}
