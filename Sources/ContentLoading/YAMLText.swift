import SiteModel
import YAMLSafety
import Yams

/// Where a YAML text sits in its file, so positions Yams gives relative to the YAML become file positions.
struct YAMLText {
    var path: String
    /// The file line of the YAML's first line.
    var firstLine: Int = 1
    /// Columns to add: a chart block indented inside a list has its indentation stripped.
    var columnOffset: Int = 0

    func line(_ mark: Mark) -> Int { firstLine + mark.line - 1 }
    func column(_ mark: Mark) -> Int { columnOffset + mark.column }
}

/// One `key: value` of a YAML mapping, with the key's node for positions.
struct YAMLField {
    var key: String
    var keyNode: Node
    var value: Node
}

/// A YAML mapping with text keys, in the order written.
struct YAMLMap {
    var node: Node
    var fields: [YAMLField]

    subscript(key: String) -> YAMLField? { fields.first { $0.key == key } }

    /// The value of `key`, or nil where it is absent or null (`key:` with nothing after it).
    func value(_ key: String) -> Node? {
        guard let value = self[key]?.value, value.null == nil else { return nil }
        return value
    }
}

extension LoadState {
    /// Parses YAML, reporting a syntax error or an alias (see `YAMLAliases`) at its file position; nil on error
    /// or for an empty text.
    mutating func parseYAML(_ text: String, at place: YAMLText) -> Node? {
        if let alias = YAMLAliases.first(in: text) {
            error(
                "bad YAML: aliases such as \(quoted("*" + alias.name)) are not supported (write the value out)", place.path,
                line: place.firstLine + alias.line - 1, column: place.columnOffset + alias.column)
            return nil
        }
        do {
            return try Yams.compose(yaml: text)
        } catch let yamlError as YamlError {
            reportYAMLError(yamlError, at: place)
        } catch {
            self.error("YAML: \(error)", place.path, line: place.firstLine)
        }
        return nil
    }

    private mutating func reportYAMLError(_ yamlError: YamlError, at place: YAMLText) {
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let while_ = context.map { " (\($0.text))" } ?? ""
            error("bad YAML: \(problem)\(while_)", place.path, line: place.line(mark), column: place.column(mark))
        case .reader(let problem, let offset, let value, let yaml):
            // libyaml refuses raw control characters before scanning, giving an offset rather than a mark.
            let at = offset.map { Self.linePosition(characterOffset: $0, in: yaml) }
            let character = Unicode.Scalar(UInt32(bitPattern: value)).map { " (\(ControlCharacters.name($0)))" } ?? ""
            error(
                "bad YAML: \(problem)\(character)", place.path, line: place.firstLine + (at?.line ?? 1) - 1,
                column: at.map { place.columnOffset + $0.column })
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map(quoted).joined(separator: ", ")
            error(
                "bad YAML: duplicate key \(keys)", place.path, line: place.line(context.mark),
                column: place.column(context.mark))
        default:
            error("bad YAML: \(yamlError)", place.path, line: place.firstLine)
        }
    }

    /// The 1-based line and column (in Unicode scalars, as every message counts) of the character at
    /// `offset`, which Yams gives in characters of the text.
    private static func linePosition(characterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        let end = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
        let before = text[..<end]
        let line = before.count { $0 == "\n" || $0 == "\r\n" } + 1
        let lineStart = before.lastIndex { $0 == "\n" || $0 == "\r\n" }.map(before.index(after:)) ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }

    mutating func error(_ message: String, at node: Node, in place: YAMLText) {
        if let mark = node.mark {
            error(message, place.path, line: place.line(mark), column: place.column(mark))
        } else {
            error(message, place.path, line: place.firstLine)
        }
    }

    mutating func warning(_ message: String, at node: Node, in place: YAMLText) {
        if let mark = node.mark {
            warning(message, place.path, line: place.line(mark), column: place.column(mark))
        } else {
            warning(message, place.path, line: place.firstLine)
        }
    }

    /// `node` as a mapping with text keys, or nil with an error naming `what`.
    mutating func yamlMap(_ node: Node, _ what: String, in place: YAMLText) -> YAMLMap? {
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping of `key: value` lines", at: node, in: place)
            return nil
        }
        var fields: [YAMLField] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error("\(what): a key must be plain text", at: key, in: place)
                continue
            }
            refuseControlCharacters(name, "a key of \(what)", at: key, in: place)
            fields.append(YAMLField(key: name, keyNode: key, value: value))
        }
        return YAMLMap(node: node, fields: fields)
    }

    /// The text of a scalar ("" for a null such as `~`), or nil with an error where `node` is a list or mapping.
    mutating func yamlText(_ node: Node, _ what: String, in place: YAMLText) -> String? {
        guard let scalar = node.scalar else {
            error("\(what) must be a single value, not a list or mapping", at: node, in: place)
            return nil
        }
        guard node.null == nil else { return "" }
        refuseControlCharacters(scalar.string, what, at: node, in: place)
        return scalar.string
    }

    /// Control characters (which YAML lets through as escapes such as `"\x01"` or `"\e"`) and bidirectional
    /// overrides are an error in every YAML value: they are ids, names and titles, never prose, and would
    /// make feeds invalid XML or show a different text than the one written. The text is still returned,
    /// so the error has no follow-on "missing" errors.
    private mutating func refuseControlCharacters(_ text: String, _ what: String, at node: Node, in place: YAMLText) {
        guard let scalar = ControlCharacters.firstForbidden(in: text) else { return }
        error(
            "\(what) holds the invisible control character \(ControlCharacters.name(scalar)); remove it",
            at: node, in: place)
    }

    /// The texts of a list of scalars with their nodes, or nil with an error where `node` is not a list.
    mutating func yamlTextList(_ node: Node, _ what: String, in place: YAMLText) -> [(text: String, node: Node)]? {
        guard case .sequence(let sequence) = node else {
            error("\(what) must be a list, e.g. [a, b]", at: node, in: place)
            return nil
        }
        var items: [(text: String, node: Node)] = []
        for item in sequence {
            if let text = yamlText(item, "an item of \(what)", in: place) { items.append((text, item)) }
        }
        return items
    }

    /// A `{zh: …, en: …}` map holding a non-empty text for every language of the site and no other; nil
    /// without a check where the languages are unknown (site.yml lacks them, which is reported once).
    mutating func yamlLocalized(
        _ node: Node, _ what: String, languages: [LanguageCode], in place: YAMLText
    ) -> Localized? {
        guard !languages.isEmpty else { return nil }
        let example = languages.map { "\($0.rawValue): …" }.joined(separator: ", ")
        guard case .mapping = node else {
            error("\(what) must give a text per language: {\(example)}", at: node, in: place)
            return nil
        }
        guard let map = yamlMap(node, what, in: place) else { return nil }
        var values = Localized()
        for field in map.fields {
            let language = LanguageCode(field.key)
            guard languages.contains(language) else {
                error("\(what): \(quoted(field.key)) is not a language of site.yml", at: field.keyNode, in: place)
                continue
            }
            if let text = yamlText(field.value, "\(what).\(field.key)", in: place), !text.isEmpty {
                values[language] = text
            }
        }
        for language in languages where values[language] == nil {
            missingTranslation(
                "\(what) has no \(language.rawValue) text", text: "\(what).\(language.rawValue)", language: language,
                at: location(of: node, in: place))
        }
        return values
    }

    /// Warns about keys outside `known`, which are most often misspellings of known ones.
    mutating func warnUnknownKeys(_ map: YAMLMap, known: [String], _ what: String, in place: YAMLText) {
        for field in map.fields where !known.contains(field.key) {
            warning(
                "unknown key \(quoted(field.key)) in \(what) is ignored (known keys: \(known.joined(separator: ", ")))",
                at: field.keyNode, in: place)
        }
    }
}
