import Markdown
import SiteModel
import Yams

/// A `<slug>.<lang>.md` file read from one of the Markdown folders, before its front matter is interpreted.
struct MarkdownFile {
    var path: String
    var slug: String
    var language: LanguageCode
    var frontMatter: FrontMatter
    var frontMatterPlace: YAMLText
    var body: MarkdownText
    var outline: MarkdownOutline

    /// A place in the body as the outline gives it, as a file location.
    func fileLine(_ position: MarkdownPosition) -> Int { body.firstLine + position.line - 1 }
}

/// The front matter of a Markdown file; a broken one was reported already and is not reported again as missing.
enum FrontMatter {
    case absent
    case broken
    case map(YAMLMap)
}

extension LoadState {
    /// Reads every `<slug>.<lang>.md` in `folder` (sorted by name), checking the name, the slug, the language
    /// and the front matter's YAML syntax. Other files are reported and skipped.
    mutating func readMarkdownFolder(_ folder: String, languages: [LanguageCode], slugKind: String) -> [MarkdownFile] {
        var files: [MarkdownFile] = []
        for name in fileNames(in: folder) {
            let path = "\(folder)/\(name)"
            guard name.hasSuffix(".md") else {
                warning("ignored: only <\(slugKind)>.<lang>.md files belong in \(folder)/", path)
                continue
            }
            let parts = name.dropLast(3).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                error("name the file <\(slugKind)>.<lang>.md, e.g. example.\(languages.first?.rawValue ?? "en").md", path)
                continue
            }
            let slug = String(parts[0])
            let language = LanguageCode(String(parts[1]))
            guard IDSyntax.isSlug(slug) else {
                error("bad \(slugKind) \(quoted(slug)) in the file name: \(IDSyntax.slugRule)", path)
                continue
            }
            guard !IDSyntax.isReserved(slug) else {
                error("bad \(slugKind) in the file name: \(IDSyntax.reservedRule(slug))", path)
                continue
            }
            guard languages.contains(language) || languages.isEmpty else {
                let list = languages.map(\.rawValue).joined(separator: ", ")
                error("language \(quoted(language.rawValue)) of the file name is not a language of site.yml (\(list))", path)
                continue
            }
            if let file = readMarkdownFile(path, slug: slug, language: language) { files.append(file) }
        }
        return files
    }

    private mutating func readMarkdownFile(_ path: String, slug: String, language: LanguageCode) -> MarkdownFile? {
        guard let text = readText(path) else { return nil }
        guard let split = FrontMatterSplit(text) else {
            error("the front matter opened by --- is never closed (add a --- line after it)", path, line: 1, column: 1)
            return nil
        }
        let place = YAMLText(path: path, firstLine: split.yamlFirstLine)
        var frontMatter: FrontMatter = .absent
        if let yaml = split.yaml {
            let errorsBefore = errorCount
            // An empty block (`---` right after `---`) is an empty mapping: its missing fields are then named.
            let root = parseYAML(yaml, at: place) ?? (errorCount == errorsBefore ? Node.mapping([:]) : nil)
            frontMatter = root.flatMap { yamlMap($0, "the front matter", in: place) }.map(FrontMatter.map) ?? .broken
        }
        let prose = withoutControlCharacters(split.body, path: path, firstLine: split.bodyFirstLine)
        let outline = Markdown.outline(prose)
        let body = MarkdownText(
            markdown: prose, file: location(path).file, firstLine: split.bodyFirstLine,
            paragraphCount: outline.paragraphs.count)
        return MarkdownFile(
            path: path, slug: slug, language: language, frontMatter: frontMatter, frontMatterPlace: place, body: body,
            outline: outline)
    }

    /// The body without control characters (tab and line breaks stay): they are invisible in an editor, and on a
    /// page or in a feed they are invalid. Prose loses nothing by their removal, so it is a warning, once per
    /// file at the first one.
    private mutating func withoutControlCharacters(_ body: String, path: String, firstLine: Int) -> String {
        guard body.unicodeScalars.contains(where: ControlCharacters.isControl) else { return body }
        var kept = String.UnicodeScalarView()
        var first: (line: Int, column: Int, scalar: Unicode.Scalar)?
        var removed = 0
        var line = firstLine
        var column = 1
        for scalar in body.unicodeScalars {
            if ControlCharacters.isControl(scalar) {
                if first == nil { first = (line, column, scalar) }
                removed += 1
            } else {
                kept.append(scalar)
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        if let first {
            let count = removed == 1 ? "" : " (and \(removed - 1) more)"
            warning(
                "removed the invisible control character \(ControlCharacters.name(first.scalar))\(count) from the text",
                path, line: first.line, column: first.column)
        }
        return String(kept)
    }
}
