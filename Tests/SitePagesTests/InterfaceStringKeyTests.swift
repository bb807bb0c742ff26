import ContentLoading
import Foundation
import Plotting
import SiteModel
import SitePages
import Testing
import TestSupport

/// Every interface string the code or a template asks for exists in every language file of the theme.
///
/// `UIStrings` shows a missing key as the key itself (`chart.subtitle`), so a key missing from one language
/// would put a code word on every page of that language; the theme check at build time only compares the
/// languages a site uses with its first one.
@Suite struct InterfaceStringKeyTests {
    /// Every `i18n/*.yml` of the built-in theme, flattened to dotted keys.
    static func themeLanguages() throws -> [String: [String: String]] {
        let folder = PackagePaths.assets.appendingPathComponent("i18n")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }
        var result: [String: [String: String]] = [:]
        for file in files {
            let language = LanguageCode(String(file.dropLast(4)))
            // One language at a time: the theme's own cross-language check stays out of the way.
            let theme = try Theme.load(assets: PackagePaths.assets.path, overrides: nil, languages: [language])
            result[language.rawValue] = theme.strings(for: language).texts
        }
        return result
    }

    /// Literal keys and the dynamic key patterns (`status.\(…)`) in the page builders' source.
    static func keysInSources() throws -> (literal: Set<String>, dynamic: Set<String>) {
        let folder = PackagePaths.sources.appendingPathComponent("SitePages")
        var literal: Set<String> = []
        var dynamic: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in source.matches(of: #/"([a-z_]+(?:\.[a-z_\-]+)+)"/#) {
                let key = String(match.1)
                // File names are not keys.
                if ["html", "xml", "csv", "json", "svg", "css", "yml", "md", "mustache", "txt"].contains(key.split(separator: ".").last.map(String.init) ?? "") {
                    continue
                }
                literal.insert(key)
            }
            for match in source.matches(of: #/"([a-z_]+(?:\.[a-z_]+)*)\.\\\(([^)]*)\)([a-z_.]*)"/#) {
                dynamic.insert("\(match.1).*\(match.3)")
            }
        }
        return (literal, dynamic)
    }

    /// The keys each dynamic pattern can produce, from the enums and lists that feed it.
    static func expand(_ pattern: String, languages: [String]) -> [String]? {
        let units = BuiltInUnit.ids
        let operatorKeys: [TargetOperator: String] = [
            .atLeast: "at_least", .above: "above", .atMost: "at_most", .below: "below", .equal: "equal",
            .increase: "increase", .decrease: "decrease",
        ]
        switch pattern {
        case "units.*.label": return units.map { "units.\($0).label" }
        case "units.*.format": return units.map { "units.\($0).format" }
        case "status.*": return TargetStatus.allCases.map { "status.\($0.rawValue)" }
        case "status_icon.*": return TargetStatus.allCases.map { "status_icon.\($0.rawValue)" }
        case "flags.*": return ObservationFlag.allCases.map { "flags.\($0.rawValue)" }
        case "target.op.*":
            #expect(operatorKeys.count == TargetOperator.allCases.count, "a new target operator needs its key here")
            return operatorKeys.values.map { "target.op.\($0)" }
        case "chart.op.*": return ChartTarget.Comparison.allCases.map { "chart.op.\($0.rawValue)" }
        case "roles.*": return ["home", "comparator"].map { "roles.\($0)" }
        case "languages.*": return languages.map { "languages.\($0)" }
        case "columns.*": return nil  // checked from the tables themselves, below
        case "chart_strings.*": return nil  // checked from the key list, below
        default: return nil
        }
    }

    static let patternsCheckedElsewhere: Set<String> = ["columns.*", "chart_strings.*"]

    @Test func everyKeyTheCodeUsesExistsInEveryLanguage() throws {
        let languages = try Self.themeLanguages()
        #expect(Set(languages.keys).isSuperset(of: ["zh", "en"]))
        let (literal, dynamic) = try Self.keysInSources()
        #expect(literal.count > 40, "the scan finds the keys: \(literal.count)")
        var keys = literal
        for pattern in dynamic {
            if let expanded = Self.expand(pattern, languages: Array(languages.keys)) {
                keys.formUnion(expanded)
            } else {
                #expect(Self.patternsCheckedElsewhere.contains(pattern), "teach this test the keys of \(pattern)")
            }
        }
        for (language, texts) in languages.sorted(by: { $0.key < $1.key }) {
            let missing = keys.filter { texts[$0] == nil }.sorted()
            #expect(missing.isEmpty, "i18n/\(language).yml lacks \(missing)")
        }
    }

    @Test func everyKeyATemplateUsesExistsInEveryLanguage() throws {
        let languages = try Self.themeLanguages()
        let folder = PackagePaths.assets.appendingPathComponent("templates")
        var keys: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".mustache") else { continue }
            let template = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in template.matches(of: #/i18n\.([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*)/#) {
                keys.insert(String(match.1))
            }
        }
        #expect(keys.count > 50, "the scan finds the keys: \(keys.count)")
        for (language, texts) in languages.sorted(by: { $0.key < $1.key }) {
            let missing = keys.filter { texts[$0] == nil }.sorted()
            #expect(missing.isEmpty, "i18n/\(language).yml lacks \(missing)")
        }
    }

    @Test func everyColumnOfEveryDownloadIsExplainedInEveryLanguage() throws {
        let languages = try Self.themeLanguages()
        let site = try ContentFixture.minimal().withWrittenContent { content in
            try ContentLoader(contentDirectory: content, displayPath: "content").load().site
        }
        let theme = try Theme.load(assets: PackagePaths.assets.path, overrides: nil, languages: site.settings.languages)
        let context = SiteContext(site: site, theme: theme)
        let tables = context.siteTables() + site.indicators.filter { site.data[$0.id] != nil }.map(context.observationTable)
        let keys = Set(tables.flatMap { $0.columns.map { "columns.\($0.explanationKey)" } } + tables.map(\.titleKey))
        for (language, texts) in languages.sorted(by: { $0.key < $1.key }) {
            let missing = keys.filter { texts[$0] == nil }.sorted()
            #expect(missing.isEmpty, "i18n/\(language).yml lacks \(missing)")
        }
    }

    @Test func everyChartStringExistsInEveryLanguage() throws {
        let languages = try Self.themeLanguages()
        let source = try String(
            contentsOf: PackagePaths.sources.appendingPathComponent("SitePages/SiteContext+ChartStyle.swift"), encoding: .utf8)
        let keys = source.matches(of: #/\("([a-z_]+)", \\\./#).map { "chart_strings.\($0.1)" }
        #expect(keys.count > 20, "the scan finds the chart strings: \(keys.count)")
        for (language, texts) in languages.sorted(by: { $0.key < $1.key }) {
            let missing = keys.filter { texts[$0] == nil }.sorted()
            #expect(missing.isEmpty, "i18n/\(language).yml lacks \(missing): its charts would fall back to English")
        }
    }

    @Test func everyLanguageFileHasTheSameKeys() throws {
        let languages = try Self.themeLanguages()
        let all = languages.values.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        for (language, texts) in languages.sorted(by: { $0.key < $1.key }) {
            let missing = all.subtracting(texts.keys).sorted()
            #expect(missing.isEmpty, "i18n/\(language).yml lacks \(missing)")
        }
    }
}
