import Foundation

/// The metadata of one indicator, from every place Open SDG keeps it.
///
/// Read in Open SDG's order, later overriding earlier key by key: `indicator-config/<id>.yml`, then `meta/<id>.yml`
/// or the front matter of `meta/<id>.md` (whose body is the page's text). Translated metadata lives in
/// `meta/<lang>/<id>.yml` or `.md`, with the same keys.
struct OpenSDGMetadata: Sendable {
    var fields: [String: YAMLValue] = [:]
    /// The Markdown body of `meta/<id>.md`, where there is one.
    var body: String?
    /// Per language: the fields (and body) of `meta/<lang>/<id>.*`.
    var translated: [String: (fields: [String: YAMLValue], body: String?)] = [:]

    func text(_ key: String) -> String? { fields[key]?.text }

    /// `key` as written for `language`: the translated metadata's value, else the default one (which may be a
    /// translation key that the caller then looks up).
    func raw(_ key: String, for language: String) -> String? {
        translated[language]?.fields[key]?.text ?? fields[key]?.text
    }

    /// True where Open SDG shows no statistics for the indicator but text.
    var isNonStatistical: Bool { fields["data_non_statistical"]?.isTrue ?? false }
}

extension OpenSDGMetadata {
    /// Reads the metadata of `id`; files that cannot be read are reported in `problems` and skipped.
    static func read(
        id: String, source: URL, languages: [String], display: (URL) -> String, problems: inout [ImportProblem]
    ) -> OpenSDGMetadata {
        var metadata = OpenSDGMetadata()
        let places = [source.appendingPathComponent("indicator-config"), source.appendingPathComponent("meta")]
        for folder in places {
            if let (fields, body) = readOne(id: id, in: folder, display: display, problems: &problems) {
                metadata.fields.merge(fields) { _, new in new }
                if let body, !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { metadata.body = body }
            }
        }
        for language in languages {
            let folder = source.appendingPathComponent("meta").appendingPathComponent(language)
            if let found = readOne(id: id, in: folder, display: display, problems: &problems) {
                metadata.translated[language] = found
            }
        }
        return metadata
    }

    private static func readOne(
        id: String, in folder: URL, display: (URL) -> String, problems: inout [ImportProblem]
    ) -> (fields: [String: YAMLValue], body: String?)? {
        for name in ["\(id).yml", "\(id).yaml", "\(id).md"] {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            guard let text = ImportFiles.text(url) else {
                problems.append(ImportProblem(file: display(url), line: nil, message: "not readable as UTF-8; skipped"))
                return nil
            }
            var yaml = text
            var body: String?
            if name.hasSuffix(".md") {
                guard let split = OpenSDGYAML.frontMatter(text) else {
                    return ([:], text)
                }
                (yaml, body) = (split.yaml, split.body)
            }
            switch OpenSDGYAML.mapping(yaml, file: display(url)) {
            case .failure(let problem):
                problems.append(problem)
                return nil
            case .success(let fields):
                return (fields, body)
            }
        }
        return nil
    }
}
