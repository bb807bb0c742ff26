import TestSupport
import Testing

/// What the minimal fixture says in each of its languages, written out so a page test states its expectation
/// in words a reader can check against `ContentFixture.minimal()`.
struct FixtureLanguage: Sendable, CustomTestStringConvertible {
    var code: String
    var other: String
    var siteTitle: String
    var publisher: String
    var license: String
    /// `language.name` of this language, as the switcher shows it.
    var ownName: String

    var testDescription: String { code }

    static let zh = FixtureLanguage(
        code: "zh", other: "en", siteTitle: "甘肃省妇女儿童发展规划监测", publisher: "甘肃省人民政府妇女儿童工作委员会办公室",
        license: "知识共享署名 4.0 国际许可协议", ownName: "中文")
    static let en = FixtureLanguage(
        code: "en", other: "zh", siteTitle: "Gansu Women and Children Development Monitoring",
        publisher: "Office of the Gansu Working Committee on Women and Children",
        license: "Creative Commons Attribution 4.0 International", ownName: "English")

    static let both = [zh, en]
}

extension SiteFiles {
    /// The page at `path`, recording an issue (instead of comparing against an empty text) where it is missing.
    func page(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let text = text(path) else {
            Issue.record("\(path) was not built", sourceLocation: sourceLocation)
            return ""
        }
        return text
    }
}

/// The page path with its language folder swapped (`zh/a/b.html` → `en/a/b.html`).
func inLanguage(_ path: String, _ language: String) -> String {
    language + path.drop { $0 != "/" }
}
