import Foundation
import SiteModel
import SitePages
import Testing
import TestSupport

/// A site's `content/i18n/<lang>.yml` overrides: read as written, with every mistake located in its file.
@Suite struct InterfaceStringOverrideTests {
    /// The built-in theme for English and Chinese, with `overrides` (language → text of `i18n/<lang>.yml`) from a
    /// content folder; the folder's path is replaced by `content` in messages.
    private func load(_ overrides: [String: String]) throws -> (theme: Theme?, messages: [String]) {
        try withTemporaryDirectory { folder in
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("i18n"), withIntermediateDirectories: true)
            for (language, text) in overrides {
                try Data(text.utf8).write(to: folder.appendingPathComponent("i18n/\(language).yml"))
            }
            func shown(_ text: String) -> String { text.replacingOccurrences(of: folder.path, with: "content") }
            do {
                let theme = try Theme.load(assets: PackagePaths.assets.path, overrides: folder.path, languages: ["en", "zh"])
                return (theme, theme.warnings.map { shown($0.description) })
            } catch {
                return (nil, "\(error)".split(separator: "\n").map { shown(String($0)) })
            }
        }
    }

    @Test func valuesAreTheTextAsWritten() throws {
        let (theme, messages) = try load(["en": "nav:\n  home: No\n  data: 0.10\n  regions: yes\n  documents: 1e3\n"])
        let strings = try #require(theme).strings(for: "en")
        #expect(strings["nav.home"] == "No")
        #expect(strings["nav.data"] == "0.10")
        #expect(strings["nav.regions"] == "yes")
        #expect(strings["nav.documents"] == "1e3")
        #expect(messages.isEmpty)
    }

    @Test func aKeyTheDefaultLanguageLacksIsALocatedWarning() throws {
        let (theme, messages) = try load(["zh": "nav:\n  home: 首页\n  hom: 首页\n"])
        #expect(theme != nil, "a warning only")
        #expect(messages == ["content/i18n/zh.yml:3:3: warning: unknown interface string 'nav.hom': en.yml of the theme has no such key"])
    }

    @Test func aFileThatIsNotAMappingIsALocatedWarning() throws {
        let (theme, messages) = try load(["en": "- home\n- Start\n"])
        #expect(try #require(theme).strings(for: "en")["nav.home"] == "Home", "the file is ignored")
        #expect(messages == ["content/i18n/en.yml:1:1: warning: interface strings must be a mapping of `key: text` lines; this file is ignored"])
    }

    @Test func aValueThatIsNotATextIsALocatedError() throws {
        let (theme, messages) = try load(["en": "nav:\n  home: [a, b]\n"])
        #expect(theme == nil)
        #expect(messages == ["content/i18n/en.yml:2:9: error: interface string 'nav.home' must be a text, not a list"])
    }

    /// The alias shape `make fuzz` found hanging Yams in content YAML (FuzzRegressionTests), here in an
    /// interface-string file, which is read by another loader and must refuse it the same way.
    @Test func aliasesAreALocatedErrorBeforeComposing() throws {
        let (theme, messages) = try load(["en": "a: &a [x, y]\nb: &b [*a, *a]\n? *b\n: z\n"])
        #expect(theme == nil)
        #expect(
            messages.contains(
                "content/i18n/en.yml:2:8: error: bad YAML: aliases such as \"*a\" are not supported (write the text out)"),
            "\(messages)")
    }

    @Test func badYAMLIsALocatedError() throws {
        let (theme, messages) = try load(["zh": "nav:\n  home: 首页\n  home: 主页\n", "en": "nav: [\n"])
        #expect(theme == nil)
        #expect(messages.contains { $0.hasPrefix("content/i18n/en.yml:2:1: error: bad YAML") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("content/i18n/zh.yml:") && $0.contains("duplicate key 'home'") }, "\(messages)")
    }

    @Test func theBuiltInThemeLoadsWithoutWarnings() throws {
        let (theme, messages) = try load([:])
        #expect(theme != nil)
        #expect(messages.isEmpty)
    }
}
