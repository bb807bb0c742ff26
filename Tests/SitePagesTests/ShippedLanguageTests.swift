import Foundation
import SiteModel
import SitePages
import Testing
import TestSupport

/// The languages the theme ships: each file complete, with the conventions pages and charts read from it.
@Suite struct ShippedLanguageTests {
    static let shipped = ["ar", "de", "en", "es", "fr", "pt", "ru", "zh"]

    /// Every shipped file has exactly en.yml's keys: a key added to en.yml alone, or one left over in another
    /// file, fails here (the theme's own check only catches keys missing from the languages of one site).
    @Test func everyShippedFileHasExactlyTheKeysOfEnglish() throws {
        let languages = try InterfaceStringAudit().languages()
        #expect(Set(Self.shipped).isSubset(of: Set(languages.keys)))
        let reference = Set(try #require(languages["en"]).keys)
        for (language, texts) in languages.sorted(by: { $0.key < $1.key }) {
            let keys = Set(texts.keys)
            #expect(reference.subtracting(keys).isEmpty, "\(language).yml lacks \(reference.subtracting(keys).sorted())")
            #expect(keys.subtracting(reference).isEmpty, "\(language).yml has keys en.yml lacks: \(keys.subtracting(reference).sorted())")
        }
    }

    @Test func everyFileNamesEveryShippedLanguageAndItsDirection() throws {
        let languages = try InterfaceStringAudit().languages()
        for (language, texts) in languages {
            #expect(["ltr", "rtl"].contains(texts["language.direction"]), "\(language).yml: language.direction")
            #expect(Int(texts["number.minimum_grouping_digits"] ?? "") != nil, "\(language).yml: minimum_grouping_digits")
            for other in Self.shipped {
                #expect(!(texts["languages.\(other)"] ?? "").isEmpty, "\(language).yml: languages.\(other)")
            }
        }
        #expect(languages["ar"]?["language.direction"] == "rtl")
    }

    /// 万 and 亿 are Chinese units of counting; no other language writes them.
    @Test func tenThousandsAreWrittenInChineseOnly() throws {
        for (language, texts) in try InterfaceStringAudit().languages() where language != "zh" {
            for (key, text) in texts where key.hasPrefix("units.") {
                #expect(!text.contains("万") && !text.contains("亿"), "\(language).yml: \(key)")
            }
        }
    }

    /// A regional tag reads its base language's file, then its own if the theme or the site has one.
    @Test func aRegionalTagUsesItsBaseLanguageAndAScriptTagItsOwnFile() throws {
        let theme = try Theme.load(assets: PackagePaths.assets.path, overrides: nil, languages: ["en", "es-419"])
        #expect(theme.strings(for: "es-419")["nav.home"] == "Inicio")
        #expect(throws: ThemeProblems.self) {
            try Theme.load(assets: PackagePaths.assets.path, overrides: nil, languages: ["en", "zh-Hant"])
        }
    }

    /// A site overrides any string of a shipped language, a regional variant only the words that differ.
    @Test func aSiteOverridesStringsOfEveryShippedLanguage() throws {
        try withTemporaryDirectory { folder in
            let i18n = folder.appendingPathComponent("i18n")
            try FileManager.default.createDirectory(at: i18n, withIntermediateDirectories: true)
            try Data("nav:\n  home: Portada\n".utf8).write(to: i18n.appendingPathComponent("es-419.yml"))
            for language in ["ar", "fr", "ru"] {
                try Data("nav:\n  home: \(language)-home\n".utf8).write(to: i18n.appendingPathComponent("\(language).yml"))
            }
            let theme = try Theme.load(
                assets: PackagePaths.assets.path, overrides: folder.path, languages: ["en", "ar", "fr", "ru", "es-419"])
            #expect(theme.warnings.isEmpty, "\(theme.warnings)")
            #expect(theme.strings(for: "es-419")["nav.home"] == "Portada")
            #expect(theme.strings(for: "es-419")["nav.indicators"] == "Indicadores")
            for language in ["ar", "fr", "ru"] {
                #expect(theme.strings(for: LanguageCode(language))["nav.home"] == "\(language)-home")
            }
        }
    }

    /// A site language whose file lacks keys shows the default language's words there, with one warning.
    @Test func missingInterfaceStringsFallBackWithOneWarning() throws {
        try withTemporaryDirectory { folder in
            let i18n = folder.appendingPathComponent("i18n")
            try FileManager.default.createDirectory(at: i18n, withIntermediateDirectories: true)
            try Data("language:\n  name: Nederlands\nnav:\n  home: Start\n".utf8).write(to: i18n.appendingPathComponent("nl.yml"))
            let theme = try Theme.load(assets: PackagePaths.assets.path, overrides: folder.path, languages: ["en", "nl"])
            #expect(theme.strings(for: "nl")["nav.home"] == "Start")
            #expect(theme.strings(for: "nl")["nav.indicators"] == "Indicators")
            #expect(theme.warnings.count == 1)
            #expect(theme.warnings.first?.description.contains("interface strings missing (present in en.yml) are shown in en") == true)
            #expect(throws: ThemeProblems.self) {
                try Theme.load(
                    assets: PackagePaths.assets.path, overrides: folder.path, languages: ["en", "nl"], translations: .strict)
            }
        }
    }
}
