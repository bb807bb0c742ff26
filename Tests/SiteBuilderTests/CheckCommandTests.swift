import Foundation
import SiteBuilder
import SiteModel
import Testing
import TestSupport

/// `almanac check` as a user and a CI job run it: exit statuses, the three formats parsed back, nothing written.
@Suite struct CheckCommandTests {
    private func arguments(_ extra: [String] = []) -> [String] {
        ["check", "--content", "content", "--assets", PackagePaths.assets.path] + extra
    }

    /// The minimal fixture with a hospital delivery rate over 100 % (a `value.exceeds-bound` warning).
    private static let warned = ContentFixture.minimal().replacing(
        "620000,2019,99.1,,,,bulletin-2021", with: "620000,2019,106.32,,原文如此,As published,bulletin-2021",
        in: "data/hospital-delivery-rate.csv")

    @Test func cleanContentPassesAndNothingIsWritten() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let outcome = try almanac.run(arguments(["--strict"]), in: workspace.root)
            #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
            #expect(outcome.stdout == "Checked content/: 0 errors, 0 warnings, 0 acknowledged\n")
            #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
        }
    }

    @Test func warningsPassUnlessStrict() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(Self.warned)
            let outcome = try almanac.run(arguments(), in: workspace.root)
            #expect(outcome.status == 0)
            #expect(
                outcome.stdout.split(separator: "\n").first
                    == "content/data/hospital-delivery-rate.csv:3: warning: hospital-delivery-rate 620000 2019: value 106.32 is over 100, the most a percentage can be (unit percent)")
            #expect(outcome.stdout.contains("\n    note: 原文如此\n"))
            #expect(try almanac.run(arguments(["--strict"]), in: workspace.root).status == 1)
        }
    }

    @Test func errorsFail() throws {
        let almanac = try AlmanacCommand.require()
        let broken = ContentFixture.minimal().replacing("620000,2018,98.5", with: "620999,2018,98.5", in: "data/hospital-delivery-rate.csv")
        try BuildWorkspace.with { workspace in
            try workspace.write(broken)
            let outcome = try almanac.run(arguments(), in: workspace.root)
            #expect(outcome.status == 1)
            #expect(outcome.stdout.contains(": error: unknown region \"620999\""), "\(outcome.stdout)")
        }
    }

    @Test func jsonLinesParse() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(Self.warned)
            let outcome = try almanac.run(arguments(["--format", "json"]), in: workspace.root)
            #expect(outcome.status == 0)
            let lines = outcome.stdout.split(separator: "\n")
            #expect(lines.count == 1, "\(outcome.stdout)")
            for line in lines {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(object["severity"] as? String == "warning")
                #expect(object["file"] as? String == "content/data/hospital-delivery-rate.csv")
                #expect(object["line"] as? Int == 3)
                #expect(object["code"] as? String == "value.exceeds-bound")
                #expect(object["note"] as? String == "原文如此")
                #expect((object["hint"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test func githubAnnotationsParse() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(Self.warned)
            let outcome = try almanac.run(arguments(["--format", "github", "--strict"]), in: workspace.root)
            #expect(outcome.status == 1)
            let lines = outcome.stdout.split(separator: "\n")
            #expect(lines.count == 1, "\(outcome.stdout)")
            let annotation = /^::(error|warning|notice) file=([^,:]*),line=(\d+),title=([^,:]*)::(.*)$/
            let match = try #require(lines.first.flatMap { $0.wholeMatch(of: annotation) })
            #expect(match.output.1 == "warning")
            #expect(match.output.2 == "content/data/hospital-delivery-rate.csv")
            #expect(match.output.3 == "3")
            #expect(match.output.4 == "value.exceeds-bound")
            #expect(match.output.5.contains("%0Anote: 原文如此%0Ahint: "))
        }
    }

    @Test func strictBuildStopsOnAWarningAndWritesNothing() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(Self.warned)
            let outcome = try almanac.run(
                ["build", "--content", "content", "--output", "site", "--assets", PackagePaths.assets.path, "--strict"],
                in: workspace.root)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.contains("hospital-delivery-rate.csv:3: error: hospital-delivery-rate 620000 2019: value 106.32"), "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
            let relaxed = try almanac.run(
                ["build", "--content", "content", "--output", "site", "--assets", PackagePaths.assets.path], in: workspace.root)
            #expect(relaxed.status == 0)
            #expect(relaxed.stderr.contains(": warning: hospital-delivery-rate 620000 2019: value 106.32"))
        }
    }
}

/// The example site shows what check is for: the three anomalies of the health commission's bulletin.
@Suite struct ExampleContentCheckTests {
    @Test func theBulletinsThreeAnomaliesAreWarningsWithTheirNotes() throws {
        let report = SiteBuilder(
            options: BuildOptions(
                contentDirectory: PackagePaths.root.appendingPathComponent("content").path,
                assetsDirectory: PackagePaths.assets.path)
        ).check()
        #expect(report.errors == 0, "\(report.diagnostics.map(\.description))")
        func warnings(_ code: String, in file: String) -> [Diagnostic] {
            report.diagnostics.filter { $0.code == code && $0.severity == .warning && $0.location.file.hasSuffix(file) }
        }
        // 106.32 % HIV and syphilis test rates.
        for file in ["data/maternal-hiv-test-rate.csv", "data/maternal-syphilis-test-rate.csv"] {
            let found = warnings("value.exceeds-bound", in: file)
            #expect(found.count == 1, "\(file)")
            #expect(found.first?.message.contains("106.32") == true)
            #expect(found.first?.note?.contains("106.32%") == true)
        }
        // Infant and under-five mortality, per 1,000, printed as "3.37%" and "4.57%".
        for (file, printed) in [("data/infant-mortality-rate.csv", "\"3.37%\""), ("data/under5-mortality-rate.csv", "\"4.57%\"")] {
            let found = warnings("cite.unit-mismatch", in: file)
            #expect(found.count == 1, "\(file)")
            #expect(found.first?.message.contains(printed) == true)
            #expect(found.first?.note?.contains(printed.replacingOccurrences(of: "\"", with: "")) == true)
        }
        // The maternal mortality ratio "continuously decreasing" from 14.45 (2017) to 15.07 (2020).
        let claim = warnings("claim.contradicted", in: "documents/health-commission-report-2021.zh.md")
        #expect(claim.count == 1)
        #expect(claim.first?.message.contains("\"持续降低\"") == true)
        #expect(claim.first?.message.contains("15.07 (2020)") == true)
        #expect(claim.first?.note?.contains("持续降低") == true)
    }
}
