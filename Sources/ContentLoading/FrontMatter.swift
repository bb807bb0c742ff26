/// A Markdown file split into its optional YAML front matter (between `---` lines at the very start, as in
/// Hugo) and its body, with the lines where each starts so positions inside either map back to the file.
struct FrontMatterSplit: Equatable {
    /// Nil when the file has no front matter.
    var yaml: String?
    /// The file line of the YAML's first line.
    var yamlFirstLine: Int
    var body: String
    /// The file line of the body's first line.
    var bodyFirstLine: Int

    /// Nil when the opening `---` has no closing one.
    init?(_ text: String) {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        guard let first = lines.first, Self.isFence(first) else {
            self.init(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
            return
        }
        guard let closing = lines.indices.dropFirst().first(where: { Self.isFence(lines[$0]) }) else { return nil }
        let yaml = String(text[lines[1].startIndex..<lines[closing].startIndex])
        var bodyStart = lines[closing].endIndex
        if bodyStart < text.endIndex { bodyStart = text.index(after: bodyStart) }
        self.init(yaml: yaml, yamlFirstLine: 2, body: String(text[bodyStart...]), bodyFirstLine: closing + 2)
    }

    private init(yaml: String?, yamlFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
