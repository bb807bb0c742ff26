import ContentChecks
import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

/// Loads `fixture` (which must load) and runs the data-quality checks on it.
func findings(_ fixture: ContentFixture, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
    try fixture.withWrittenContent { directory in
        do throws(ContentProblems) {
            let loaded = try ContentLoader(contentDirectory: directory, displayPath: "content").load()
            return ContentChecks.run(loaded.site)
        } catch {
            Issue.record("fixture did not load:\n\(error)", sourceLocation: sourceLocation)
            return []
        }
    }
}

/// The findings of one rule, as printed.
func printed(_ findings: [Diagnostic], _ rule: CheckRule) -> [String] {
    findings.filter { $0.code == rule.code }.map(\.description)
}

/// The errors loading `fixture` reports (empty where it loads).
func loadErrors(_ fixture: ContentFixture) throws -> [String] {
    try fixture.withWrittenContent { directory in
        do throws(ContentProblems) {
            _ = try ContentLoader(contentDirectory: directory, displayPath: "content").load()
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }
}

extension ContentFixture {
    /// The minimal fixture whose infant mortality row of 620000 in 2020 (3.37, per 1,000) cites paragraph 2 of
    /// the bulletin.
    func citingInfantMortality() -> ContentFixture {
        replacing("620000,2020,,3.37,,,,bulletin-2021", with: "620000,2020,,3.37,,,,bulletin-2021#p2", in: "data/infant-mortality-rate.csv")
    }

    /// The minimal fixture with an `acknowledged` column in `data/hospital-delivery-rate.csv`, empty on every row.
    func withAcknowledgedColumn() -> ContentFixture {
        let path = "data/hospital-delivery-rate.csv"
        let lines = (files[path] ?? "").split(separator: "\n").enumerated().map { index, line in
            index == 0 ? line + ",acknowledged" : line + ","
        }
        return with(path, lines.joined(separator: "\n") + "\n")
    }

    /// The minimal fixture with the chinese bulletin's second paragraph replaced by `text`.
    func withBulletinParagraph(_ text: String) -> ContentFixture {
        replacing("2020年，全省孕产妇死亡率为15.07/10万，住院分娩率为99.6%，详见[孕产妇死亡率](indicator:maternal-mortality-ratio)。", with: text, in: "documents/bulletin-2021.zh.md")
    }
}
