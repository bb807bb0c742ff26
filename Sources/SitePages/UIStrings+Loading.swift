import Foundation
import SiteModel
import YAMLSafety
import Yams

/// The interface strings of every language, read from the theme's `i18n/<lang>.yml` and then the content folder's,
/// whose keys win; with every problem found, located in its file.
struct InterfaceStringsLoad {
    var strings: [LanguageCode: UIStrings] = [:]
    var errors: [ThemeProblem] = []
    var warnings: [Diagnostic] = []
    /// The files read, for dependency tracking.
    var inputs: [String] = []
    /// Keys each language lacks, shown in the default language.
    var missing: [LanguageCode: [String]] = [:]
}

extension UIStrings {
    /// Loads `languages` from `i18n/` of each of `folders` (the theme first, then the content folder's overrides).
    ///
    /// Files are read with positions, as content YAML is: a value is the text as written (`No` stays "No", `0.10`
    /// stays "0.10"), a value that is not a text is an error, and a file that is not a mapping or a key the theme's
    /// default language does not have (most often a misspelling) is a warning.
    static func load(
        languages: [LanguageCode], folders: [String], assets: String, translations: TranslationPolicy = .fallback
    ) -> InterfaceStringsLoad {
        var load = InterfaceStringsLoad()
        var reference: Set<String>?
        for language in languages {
            var texts: [String: String] = [:]
            for folder in folders {
                for name in fileNames(for: language) {
                    let file = "\(folder)/i18n/\(name).yml"
                    guard FileManager.default.fileExists(atPath: file) else { continue }
                    if let problem = Theme.linkOutside(file, in: folder, of: folders) {
                        load.errors.append(problem)
                        continue
                    }
                    load.inputs.append(file)
                    let text: String
                    do {
                        text = try String(contentsOfFile: file, encoding: .utf8)
                    } catch {
                        load.errors.append(ThemeProblem(file: file, message: "cannot read interface strings: \(error)"))
                        continue
                    }
                    var reader = InterfaceStringFile(file: file)
                    let entries = reader.read(text)
                    load.errors += reader.errors
                    load.warnings += reader.warnings
                    if let reference {
                        for entry in entries where !reference.contains(entry.key) {
                            load.warnings.append(
                                reader.diagnostic(
                                    .warning, "unknown interface string '\(entry.key)': \(languages[0]).yml of the theme has no such key",
                                    at: entry.keyMark))
                        }
                    }
                    for entry in entries { texts[entry.key] = entry.text }
                }
                if language == languages.first, folder == folders.first { reference = Set(texts.keys) }
            }
            if texts.isEmpty {
                load.errors.append(
                    ThemeProblem(
                        file: "\(assets)/i18n/\(language).yml", message: "no interface strings for language '\(language)'; add this file"))
            }
            load.strings[language] = UIStrings(language: language, texts: texts)
        }
        fillMissingKeys(of: &load, languages: languages, assets: assets, translations: translations)
        return load
    }

    /// The files that give `language`'s strings, later ones overriding earlier ones: `pt.yml` then `pt-BR.yml`, so
    /// a regional variant needs only the words that differ. A tag with a script (`zh-Hant`) has its own file, as
    /// its letters differ from the base language's.
    static func fileNames(for language: LanguageCode) -> [String] {
        let subtags = language.rawValue.split(separator: "-")
        guard subtags.count > 1, let base = subtags.first, subtags[1].count != 4 else { return [language.rawValue] }
        return [String(base), language.rawValue]
    }

    /// Every key of the default language must exist in the others. One that does not is shown in the default
    /// language, with one warning per language naming the keys (a site in a new language may start from a few
    /// words), or, under `translations: strict`, an error per key.
    private static func fillMissingKeys(
        of load: inout InterfaceStringsLoad, languages: [LanguageCode], assets: String, translations: TranslationPolicy
    ) {
        guard let first = languages.first, let reference = load.strings[first] else { return }
        for language in languages.dropFirst() {
            guard var texts = load.strings[language]?.texts, !texts.isEmpty else { continue }
            let missing = reference.texts.keys.sorted().filter { texts[$0] == nil }
            guard !missing.isEmpty else { continue }
            let file = "\(assets)/i18n/\(language).yml"
            if translations == .strict {
                load.errors += missing.map {
                    ThemeProblem(file: file, message: "missing interface string '\($0)' (present in \(first).yml)")
                }
                continue
            }
            let shown = missing.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
            load.warnings.append(
                .warning(
                    "\(missing.count) interface strings missing (present in \(first).yml) are shown in \(first): \(shown)",
                    at: SourceLocation(file: file)))
            for key in missing { texts[key] = reference.texts[key] }
            load.missing[language] = missing
            load.strings[language] = UIStrings(language: language, texts: texts)
        }
    }
}

/// One interface-string file: nested mappings of texts, flattened to dotted keys (`status.met`).
struct InterfaceStringFile {
    struct Entry {
        var key: String
        var text: String
        var keyMark: Mark?
    }

    let file: String
    private(set) var errors: [ThemeProblem] = []
    private(set) var warnings: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// The entries of `text` in file order; an empty file has none.
    mutating func read(_ text: String) -> [Entry] {
        if let alias = YAMLAliases.first(in: text) {
            errors.append(
                ThemeProblem(
                    file: file, line: alias.line, column: alias.column,
                    message: "bad YAML: aliases such as \"*\(alias.name)\" are not supported (write the text out)"))
            return []
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            errors.append(yamlProblem(error))
            return []
        } catch {
            errors.append(ThemeProblem(file: file, message: "cannot read interface strings: \(error)"))
            return []
        }
        guard let root, root.null == nil else { return [] }
        guard case .mapping = root else {
            warnings.append(
                diagnostic(.warning, "interface strings must be a mapping of `key: text` lines; this file is ignored", at: root.mark))
            return []
        }
        var entries: [Entry] = []
        flatten(root, prefix: "", keyMark: root.mark, into: &entries)
        return entries
    }

    private mutating func flatten(_ node: Node, prefix: String, keyMark: Mark?, into entries: inout [Entry]) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.scalar?.string, !name.isEmpty else {
                    errors.append(problem("a key of interface strings must be plain text", at: key.mark))
                    continue
                }
                flatten(value, prefix: prefix.isEmpty ? name : "\(prefix).\(name)", keyMark: key.mark, into: &entries)
            }
        case .scalar(let scalar):
            entries.append(Entry(key: prefix, text: node.null == nil ? scalar.string : "", keyMark: keyMark))
        case .sequence:
            errors.append(problem("interface string '\(prefix)' must be a text, not a list", at: node.mark))
        case .alias:
            errors.append(problem("interface string '\(prefix)' must be a text, not an alias", at: node.mark))
        }
    }

    func diagnostic(_ severity: Severity, _ message: String, at mark: Mark?) -> Diagnostic {
        Diagnostic(severity, message, at: SourceLocation(file: file, line: mark?.line, column: mark?.column))
    }

    private func problem(_ message: String, at mark: Mark?) -> ThemeProblem {
        ThemeProblem(file: file, line: mark?.line, column: mark?.column, message: message)
    }

    private func yamlProblem(_ error: YamlError) -> ThemeProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ThemeProblem(file: file, line: mark.line, column: mark.column, message: "bad YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return problem("bad YAML: duplicate key \(keys)", at: context.mark)
        default:
            return ThemeProblem(file: file, message: "bad YAML: \(error)")
        }
    }
}
