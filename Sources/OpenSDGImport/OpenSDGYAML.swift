import Foundation
import YAMLSafety
import Yams

/// Reading the YAML of an Open SDG repository (metadata, translations, `config_data.yml`) as plain values.
///
/// A repository is someone else's input: aliases are refused before Yams composes them (a few lines of
/// aliases can expand to gigabytes), and anything that does not parse is a problem reported with its file,
/// never a crash. Scalars are kept as text, as Open SDG reads them (`1.2.1` and `true` are strings to it too).
enum OpenSDGYAML {
    /// The top-level mapping of `text`, each scalar as text, each list of scalars as a list of texts.
    static func mapping(_ text: String, file: String) -> Result<[String: YAMLValue], ImportProblem> {
        if let alias = YAMLAliases.first(in: text) {
            return .failure(
                ImportProblem(
                    file: file, line: alias.line,
                    message: "YAML aliases such as \"*\(alias.name)\" are not read; the file is skipped"))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            // Open SDG's reader (PyYAML) lets a later key replace an earlier one; Yams refuses the file.
            guard "\(error)".contains("duplicated key"), let deduplicated = try? Yams.compose(yaml: lastOfEachKey(text))
            else {
                let first = "\(error)".split(separator: "\n").first.map(String.init) ?? ""
                return .failure(ImportProblem(file: file, line: nil, message: "bad YAML, the file is skipped: \(first)"))
            }
            node = deduplicated
        }
        guard let node else { return .success([:]) }
        guard case .mapping(let map) = node else {
            return .failure(ImportProblem(file: file, line: nil, message: "not a mapping of key: value lines; skipped"))
        }
        var result: [String: YAMLValue] = [:]
        for (key, value) in map {
            guard let key = key.scalar?.string else { continue }
            result[key] = YAMLValue(value)
        }
        return .success(result)
    }

    /// `text` with each top-level key kept only where it is written last, with the lines indented under it.
    static func lastOfEachKey(_ text: String) -> String {
        var blocks: [(key: String?, lines: [Substring])] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let startsKey = line.first.map { !$0.isWhitespace && $0 != "#" && $0 != "-" } ?? false
            if startsKey, let colon = line.firstIndex(of: ":") {
                blocks.append((String(line[..<colon]), [line]))
            } else if blocks.isEmpty {
                blocks.append((nil, [line]))
            } else {
                blocks[blocks.count - 1].lines.append(line)
            }
        }
        var last: [String: Int] = [:]
        for (index, block) in blocks.enumerated() { if let key = block.key { last[key] = index } }
        return blocks.enumerated().filter { index, block in block.key.map { last[$0] == index } ?? true }
            .flatMap(\.element.lines).joined(separator: "\n")
    }

    /// Splits a Markdown file with `---` front matter into the front matter's YAML and the body.
    static func frontMatter(_ text: String) -> (yaml: String, body: String)? {
        // "\r\n" is one Character in Swift, so line ends are made "\n" before splitting.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        // Blank lines before the opening `---` occur (the UK's 3-9-1.md) and are accepted, as Open SDG does.
        guard let start = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
            lines[start] == "---", let end = lines[(start + 1)...].firstIndex(of: "---")
        else { return nil }
        return (lines[(start + 1)..<end].joined(separator: "\n"), lines[(end + 1)...].joined(separator: "\n"))
    }
}

/// A YAML value reduced to what metadata and translations use.
enum YAMLValue: Hashable, Sendable {
    case text(String)
    case list([YAMLValue])
    case map([String: YAMLValue])

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar): self = .text(scalar.string)
        case .sequence(let sequence): self = .list(sequence.map(YAMLValue.init))
        case .mapping(let mapping):
            var result: [String: YAMLValue] = [:]
            for (key, value) in mapping {
                if let key = key.scalar?.string { result[key] = YAMLValue(value) }
            }
            self = .map(result)
        case .alias: self = .text("")
        }
    }

    /// The text of a scalar, trimmed; nil for lists, maps and empty scalars.
    var text: String? {
        guard case .text(let text) = self else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    var list: [YAMLValue]? {
        guard case .list(let list) = self else { return nil }
        return list
    }

    var map: [String: YAMLValue]? {
        guard case .map(let map) = self else { return nil }
        return map
    }

    /// Open SDG writes booleans as `true`, `'true'` or `True`.
    var isTrue: Bool { text.map { ["true", "yes"].contains($0.lowercased()) } ?? false }
    var isFalse: Bool { text.map { ["false", "no"].contains($0.lowercased()) } ?? false }
}

/// A file of the repository that could not be read as a whole (the rest of the import goes on).
public struct ImportProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): warning: \(message)"
    }
}
