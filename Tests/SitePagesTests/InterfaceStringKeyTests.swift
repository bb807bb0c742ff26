import Foundation
import Testing
import TestSupport

/// Every interface string the code or a template asks for exists in every language file of the theme.
@Suite struct InterfaceStringKeyTests {
    @Test func everyKeyInUseExistsInEveryLanguage() throws {
        let audit = InterfaceStringAudit()
        let findings = try audit.run()
        #expect(findings.missing.isEmpty, "\(findings.missing)")
        #expect(findings.unknownPatterns.isEmpty, "teach InterfaceStringAudit.expand the keys of \(findings.unknownPatterns)")
        #expect(findings.checked > 200, "the scan finds the keys: \(findings.checked)")
        #expect(Set(try audit.languages().keys).isSuperset(of: ["ar", "en", "es", "fr", "ru", "zh"]))
    }

    @Test func scansFindKeysOfEveryKind() throws {
        let audit = InterfaceStringAudit()
        let (literal, dynamic) = try audit.keysInSources()
        #expect(literal.isSuperset(of: ["nav.home", "chart.subtitle", "document.not_available", "downloads.all_csv"]))
        #expect(!literal.contains("feed.xml") && !literal.contains("all.csv"), "file names are not keys")
        #expect(dynamic.isSuperset(of: ["status.*", "units.*.label", "units.*.format", "flags.*", "columns.*"]))
        let templates = try audit.keysInTemplates()
        #expect(templates.isSuperset(of: ["a11y.skip", "footer.publisher", "indicator.downloads", "chart.show_table"]))
        #expect(try audit.chartStringKeys().count > 20)
    }

    /// The audit must fail where a key is missing: a copy of the theme with one Chinese string removed.
    @Test func auditReportsAKeyMissingFromOneLanguage() throws {
        try withTemporaryDirectory { folder in
            let assets = folder.appendingPathComponent("assets")
            try FileManager.default.copyItem(at: PackagePaths.assets, to: assets)
            let file = assets.appendingPathComponent("i18n/zh.yml")
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.components(separatedBy: "\n").filter { !$0.hasPrefix("  subtitle: ") }
            #expect(lines.count == text.components(separatedBy: "\n").count - 1, "exactly chart.subtitle removed")
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
            let findings = try InterfaceStringAudit(assets: assets).run()
            #expect(findings.missing == ["zh": ["chart.subtitle"]])
        }
    }
}
