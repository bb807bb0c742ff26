import ContentLoading
import Foundation
import Plotting
import SiteModel
import SitePages
import TestSupport

/// Finds the interface strings that the page builders and templates ask for but a language file lacks.
///
/// `UIStrings` shows a missing key as the key itself (`chart.subtitle`), so a key missing from one language
/// would put a code word on every page of that language; the theme check at build time only compares the
/// languages a site uses with its first one.
struct InterfaceStringAudit {
    /// The theme folder (`templates/`, `i18n/`) and the page builders' source folder.
    var assets: URL = PackagePaths.assets
    var sources: URL = PackagePaths.sources.appendingPathComponent("SitePages")

    /// Every `i18n/*.yml` of the theme, flattened to dotted keys.
    func languages() throws -> [String: [String: String]] {
        let folder = assets.appendingPathComponent("i18n")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }
        var result: [String: [String: String]] = [:]
        for file in files {
            let language = LanguageCode(String(file.dropLast(4)))
            // One language at a time: the theme's own cross-language check stays out of the way.
            let theme = try Theme.load(assets: assets.path, overrides: nil, languages: [language])
            result[language.rawValue] = theme.strings(for: language).texts
        }
        return result
    }

    /// Literal keys and the dynamic key patterns (`status.*` for `"status.\(…)"`) in the page builders' source.
    func keysInSources() throws -> (literal: Set<String>, dynamic: Set<String>) {
        var literal: Set<String> = []
        var dynamic: Set<String> = []
        let fileNameEndings: Set<String> = [
            "html", "xml", "csv", "json", "svg", "css", "yml", "md", "mustache", "txt", "xlsx", "zip",
        ]
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.path) where file.hasSuffix(".swift") {
            let source = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in source.matches(of: #/"([a-z_]+(?:\.[a-z_\-]+)+)"/#) {
                let key = String(match.1)
                if let ending = key.split(separator: ".").last, fileNameEndings.contains(String(ending)) { continue }
                literal.insert(key)
            }
            for match in source.matches(of: #/"([a-z_]+(?:\.[a-z_]+)*)\.\\\(([^)]*)\)([a-z_.]*)"/#) {
                dynamic.insert("\(match.1).*\(match.3)")
            }
        }
        return (literal, dynamic)
    }

    /// The keys a dynamic pattern can produce, from the enums and lists that feed it; nil for a pattern this
    /// audit does not know, which the tests report so it gets taught.
    func expand(_ pattern: String, languages: [String]) throws -> [String]? {
        let operatorKeys: [TargetOperator: String] = [
            .atLeast: "at_least", .above: "above", .atMost: "at_most", .below: "below", .equal: "equal",
            .increase: "increase", .decrease: "decrease",
        ]
        switch pattern {
        case "units.*.label": return BuiltInUnit.ids.map { "units.\($0).label" }
        case "units.*.format": return BuiltInUnit.ids.map { "units.\($0).format" }
        case "status.*": return TargetStatus.allCases.map { "status.\($0.rawValue)" }
        case "status_icon.*": return TargetStatus.allCases.map { "status_icon.\($0.rawValue)" }
        case "flags.*": return ObservationFlag.allCases.map { "flags.\($0.rawValue)" }
        case "indicator.reporting.*": return ReportingStatus.allCases.map { "indicator.reporting.\($0.rawValue)" }
        case "target.op.*":
            guard operatorKeys.count == TargetOperator.allCases.count else { return nil }
            return operatorKeys.values.map { "target.op.\($0)" }
        case "chart.op.*": return ChartTarget.Comparison.allCases.map { "chart.op.\($0.rawValue)" }
        case "roles.*": return ["home", "comparator"].map { "roles.\($0)" }
        case "languages.*": return languages.map { "languages.\($0)" }
        case "columns.*": return try downloadColumnKeys()
        case "chart_strings.*": return try chartStringKeys()
        default: return nil
        }
    }

    /// `columns.<key>` of every column of every download table of the minimal site, and the tables' titles.
    func downloadColumnKeys() throws -> [String] {
        let site = try ContentFixture.minimal().withWrittenContent { content in
            try ContentLoader(contentDirectory: content, displayPath: "content").load().site
        }
        let theme = try Theme.load(assets: assets.path, overrides: nil, languages: site.settings.languages)
        let context = SiteContext(site: site, theme: theme)
        let tables = context.siteTables() + site.indicators.filter { site.data[$0.id] != nil }.map(context.observationTable)
        return tables.flatMap { $0.columns.map { "columns.\($0.explanationKey)" } } + tables.map(\.titleKey)
    }

    /// `chart_strings.<key>` for the key list the chart words are read from.
    func chartStringKeys() throws -> [String] {
        let source = try String(contentsOf: sources.appendingPathComponent("SiteContext+ChartStyle.swift"), encoding: .utf8)
        return source.matches(of: #/\("([a-z_]+)", \\\./#).map { "chart_strings.\($0.1)" }
    }

    /// `{{i18n.…}}` keys of every template.
    func keysInTemplates() throws -> Set<String> {
        let folder = assets.appendingPathComponent("templates")
        var keys: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".mustache") else { continue }
            let template = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in template.matches(of: #/i18n\.([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*)/#) {
                keys.insert(String(match.1))
            }
        }
        return keys
    }

    struct Findings {
        /// Language → keys its file lacks, for languages that lack any.
        var missing: [String: [String]] = [:]
        /// Dynamic key patterns in the source that the audit cannot expand.
        var unknownPatterns: [String] = []
        /// How many keys were checked, so a scan that finds nothing cannot pass unnoticed.
        var checked = 0
    }

    /// Every key the code, the templates and the download tables use, checked against every language file;
    /// every language file also checked against the keys of the others.
    func run() throws -> Findings {
        let languages = try languages()
        let (literal, dynamic) = try keysInSources()
        var keys = literal.union(try keysInTemplates())
        var findings = Findings()
        for pattern in dynamic.sorted() {
            if let expanded = try expand(pattern, languages: Array(languages.keys)) {
                keys.formUnion(expanded)
            } else {
                findings.unknownPatterns.append(pattern)
            }
        }
        keys.formUnion(languages.values.flatMap(\.keys))
        findings.checked = keys.count
        for (language, texts) in languages {
            let missing = keys.filter { texts[$0] == nil }.sorted()
            if !missing.isEmpty { findings.missing[language] = missing }
        }
        return findings
    }
}
