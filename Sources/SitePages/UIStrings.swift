import Plotting
import SiteModel

/// The interface words of one language, from the theme's `i18n/<lang>.yml` (a site may override keys).
///
/// Keys are dotted paths into the YAML (`status.met`). Templates see the same tree as `{{i18n.status.met}}`.
public struct UIStrings: Sendable {
    public let language: LanguageCode
    /// Flattened `a.b.c` → text.
    public let texts: [String: String]

    /// The nested tree for templates, rebuilt once from the flat keys.
    public let tree: [String: any Sendable]

    /// `tree` as templates see it (`TemplateValue`), made once: every page passes it to its template, and
    /// converting its hundreds of strings again for each page was a tenth of rendering a large site.
    let templateTree: PreparedTemplateValue

    public init(language: LanguageCode, texts: [String: String]) {
        self.language = language
        self.texts = texts
        var root: [String: any Sendable] = [:]
        for (key, value) in texts {
            UIStrings.insert(value, at: key.split(separator: ".").map(String.init)[...], into: &root)
        }
        self.tree = root
        self.templateTree = PreparedTemplateValue(root)
    }

    /// The text for `key`; the theme check guarantees every key of the default language exists in each language.
    public subscript(key: String) -> String { texts[key] ?? key }

    /// The text for `key` with `{name}` placeholders filled in one pass, as charts fill theirs (`Placeholders`).
    public func format(_ key: String, _ values: [String: String]) -> String {
        Placeholders.fill(self[key], values)
    }

    private static func insert(_ value: String, at path: ArraySlice<String>, into tree: inout [String: any Sendable]) {
        guard let head = path.first else { return }
        if path.count == 1 {
            tree[head] = value
            return
        }
        var child = tree[head] as? [String: any Sendable] ?? [:]
        insert(value, at: path.dropFirst(), into: &child)
        tree[head] = child
    }
}
