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
}

extension UIStrings {
    /// Loads `languages` from `i18n/` of each of `folders` (the theme first, then the content folder's overrides).
    ///
    /// Files are read with positions, as content YAML is: a value is the text as written (`No` stays "No", `0.10`
    /// stays "0.10"), a value that is not a text is an error, and a file that is not a mapping or a key the theme's
    /// default language does not have (most often a misspelling) is a warning.
    static func load(languages: [LanguageCode], folders: [String], assets: String) -> InterfaceStringsLoad {
        var load = InterfaceStringsLoad()
        var reference: Set<String>?
        for language in languages {
            var texts: [String: String] = [:]
            for folder in folders {
                let file = "\(folder)/i18n/\(language).yml"
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
                if language == languages.first, folder == folders.first { reference = Set(entries.map(\.key)) }
            }
            if texts.isEmpty {
                load.errors.append(
                    ThemeProblem(
                        file: "\(assets)/i18n/\(language).yml", message: "no interface strings for language '\(language)'; add this file"))
            }
            load.strings[language] = UIStrings(language: language, texts: texts)
        }
        load.errors += missingKeys(in: load.strings, languages: languages, assets: assets)
        return load
    }

    /// Every key of the default language must exist in the others: nothing English on a Chinese page.
    private static func missingKeys(
        in strings: [LanguageCode: UIStrings], languages: [LanguageCode], assets: String
    ) -> [ThemeProblem] {
        guard let first = languages.first, let reference = strings[first] else { return [] }
        var problems: [ThemeProblem] = []
        for language in languages.dropFirst() {
            let texts = strings[language]?.texts ?? [:]
            for key in reference.texts.keys.sorted() where texts[key] == nil {
                problems.append(
                    ThemeProblem(
                        file: "\(assets)/i18n/\(language).yml",
                        message: "missing interface string '\(key)' (present in \(first).yml)"))
            }
        }
        return problems
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
