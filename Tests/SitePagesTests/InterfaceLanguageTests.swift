import Foundation
import SiteModel
import SitePages
import Testing
import TestSupport

/// Nothing English on a Chinese page, and no interface key or placeholder left unresolved on any page.
@Suite struct InterfaceLanguageTests {
    let site: SiteFiles

    init() throws { site = try RenderedSite.minimal() }

    static func strings(_ language: String) throws -> [String: String] {
        let code = LanguageCode(language)
        return try Theme.load(assets: PackagePaths.assets.path, overrides: nil, languages: [code]).strings(for: code).texts
    }

    /// English interface phrases that Chinese pages must not show: the fixed parts of every English string
    /// (split at `{placeholders}`) that do not also occur in the Chinese strings (`CSV`, `Excel`, `Almanac`).
    static func englishPhrases() throws -> [String] {
        let english = try strings("en")
        let chinese = try strings("zh").values.joined(separator: "\n")
        // Language names are shown in their own language on purpose: the switcher offers "English", marked `lang="en"`.
        let languageNames = [english["language.name"], try strings("zh")["language.name"]]
        var phrases: Set<String> = []
        for (key, value) in english where !languageNames.contains(value) && !key.hasPrefix("chart_strings.language_tag") {
            for part in value.split(separator: /\{[a-z_]+\}/) {
                let phrase = part.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                let letters = phrase.unicodeScalars.filter { $0.isASCII && CharacterSet.letters.contains($0) }.count
                guard letters >= 2, !chinese.contains(phrase) else { continue }
                phrases.insert(phrase)
            }
        }
        return phrases.sorted()
    }

    /// What a reader meets on a page or chart, without addresses and file names (`maternal-mortality-ratio.html`).
    static func readerText(_ markup: String) -> String {
        HTMLScan.readableText(markup)
            .replacing(/\S*(?:\/|\.(?:html|csv|json|xml|svg|css|xlsx|zip))\S*/, with: " ")
    }

    static func containsWord(_ phrase: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: phrase) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isLetter = { (c: Character?) in c.map { $0.isASCII && $0.isLetter } ?? false }
            if !isLetter(before) && !isLetter(after) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    @Test func chinesePagesAndChartsHaveNoEnglishInterfaceWords() throws {
        let phrases = try Self.englishPhrases()
        #expect(phrases.count > 100, "the phrase list is not empty: \(phrases.count)")
        #expect(phrases.contains("Skip to main content"))
        let files = site.paths.filter { $0.hasPrefix("zh/") && ($0.hasSuffix(".html") || $0.hasSuffix(".svg")) }
        #expect(files.count > 20)
        for path in files {
            let text = Self.readerText(site[path])
            let found = phrases.filter { Self.containsWord($0, in: text) }
            #expect(found.isEmpty, "\(path): \(found)")
        }
    }

    @Test func noInterfaceKeyOrPlaceholderIsLeftUnresolved() throws {
        let keys = Set(try Self.strings("en").keys).union(try Self.strings("zh").keys)
        let sections = Set(keys.compactMap { $0.split(separator: ".").first.map(String.init) })
        for path in site.paths where path.hasSuffix(".html") || path.hasSuffix(".svg") || path.hasSuffix(".xml") {
            let text = Self.readerText(site[path])
            let placeholders = text.matches(of: /\{[a-z_]+\}/).map { String($0.0) }
            #expect(placeholders.isEmpty, "\(path): \(placeholders)")
            let keyLike = text.matches(of: /(?:^|[^A-Za-z0-9_.])([a-z_]+)\.([a-z_][a-z0-9_\-]*)/).filter {
                sections.contains(String($0.1))
            }.map { "\($0.1).\($0.2)" }
            #expect(keyLike.isEmpty, "\(path): \(keyLike)")
        }
    }

    @Test func englishPagesShowEnglishInterfaceWords() {
        let page = site.page("en/indicators/maternal-mortality-ratio.html")
        #expect(page.contains("Skip to main content"))
        #expect(page.contains("15.07 per 100,000"))
        #expect(!page.contains("跳到正文"))
    }
}
