import ContentLoading
import Foundation
@testable import OpenSDGImport
import SiteBuilder
import SiteModel
import TestSupport
import Testing

/// The trimmed copy of Canada's Open SDG data repository (see Fixtures/README.md).
private let fixture = PackagePaths.root.appendingPathComponent("Tests/OpenSDGImportTests/Fixtures/opensdg-canada")

/// Imports the fixture into `directory/content` and returns the summary.
private func importFixture(
    into directory: URL, languages: [String]? = nil, fillMissing: Bool = false
) throws -> ImportSummary {
    try OpenSDGImporter.run(
        OpenSDGImportOptions(
            source: fixture, output: directory.appendingPathComponent("content"), languages: languages,
            fillMissing: fillMissing, homeName: "Canada"))
}

private func read(_ directory: URL, _ path: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent("content").appendingPathComponent(path), encoding: .utf8)
}

@Suite struct OpenSDGImportTests {
    @Test func summaryCountsEverythingAndEveryRowLeftOut() throws {
        try withTemporaryDirectory { directory in
            let summary = try importFixture(into: directory)
            #expect(summary.indicators == 7)
            #expect(summary.indicatorsWithData == 6)
            #expect(summary.observations == 51)
            #expect(summary.regions == 6)
            #expect(summary.dimensions == 5)
            #expect(summary.reportingStatuses == ["reported": 5, "non_statistical": 1, "not_started": 1])
            #expect(
                summary.skipped == [
                    .init(reason: "empty Value", count: 8, first: "data/indicator_1-2-2.csv:2"),
                    .init(
                        reason: "Year is not a period Almanac knows (year, quarter, month, school year or range)",
                        count: 1, first: "data/indicator_2-5-2.csv:4 \"17 May to 11 June 2023\""),
                ])
            #expect(
                summary.missingTranslations == [
                    .init(language: "fr", count: 3, examples: ["label of \"Women+\"", "label of \"Men+\"", "label of \"Series\""])
                ])
            #expect(summary.lines.contains("Translations missing (left empty for the build to fall back from):"))
        }
    }

    @Test func periodsQuartersSchoolYearsAndSpansAreWrittenAsAlmanacPeriods() throws {
        try withTemporaryDirectory { directory in
            _ = try importFixture(into: directory)
            #expect(
                try read(directory, "data/10-3-1.csv") == """
                    region,year,value,flag,gender
                    national,2024-Q1,35.9,,
                    national,2024-Q2,36.9,,
                    national,2024-Q3,30.9,,
                    national,2024-Q4,26,,
                    national,2024-Q1,40.1,,Women+
                    national,2024-Q1,31.6,,Men+
                    35,2024-Q1,38.2,,

                    """)
            // `2019/21` is a span of three years; `(baseline)` after a period becomes the row's footnote.
            #expect(
                try read(directory, "data/2-5-2.csv") == """
                    region,year,value,flag,note_en,note_fr
                    national,2019-2021,86,,,
                    national,2016-2018,84,,baseline,

                    """)
            #expect(try read(directory, "data/4-2-2.csv").contains("national,2017/2018,97,,Female\n"))
        }
    }

    @Test func disaggregationsBecomeDimensionsLabelledInEveryLanguage() throws {
        try withTemporaryDirectory { directory in
            _ = try importFixture(into: directory)
            let labels = try read(directory, "labels.csv")
            #expect(labels.hasPrefix("dimension,code,name_en,name_fr\npersons-in-low-income,,Persons in low income,Personnes à faible revenu\n"))
            #expect(labels.contains("\ngender,Female,Female,Femme\ngender,Women+,Women+,\n"))
            // Series varies in 4-1-1, so it is a dimension there; Units does not, so it is the indicator's unit.
            #expect(try read(directory, "data/4-1-1.csv").hasPrefix("region,year,value,flag,series,sex\n"))
            let regions = try read(directory, "regions.csv")
            #expect(regions.hasPrefix("code,name_en,name_fr,level,parent\nnational,Canada,Canada,country,\n35,Ontario,Ontario,region,national\n59,British Columbia,Colombie-Britannique,region,national\n"))
            let indicators = try read(directory, "indicators.csv").split(separator: "\n")
            #expect(indicators.first == "id,topic,name_en,name_fr,unit,headline,sources,reporting")
            #expect(indicators.contains { $0.hasPrefix("1-2-2,goal-1,\"1.2.2 Proportion of men,") && $0.hasSuffix(",count,,1-2-2-source-1,non_statistical") })
            #expect(indicators.contains { $0.hasPrefix("1-4-2,") && $0.hasSuffix(",percent,,,not_started") })
            #expect(indicators.contains { $0.hasPrefix("2-5-2,goal-2,2.5.2 Proportion of local breeds classified as being at risk of extinction,2.5.2 Proportion des races locales") })
        }
    }

    @Test func theImportLoadsWithoutProblemsInBothLanguagesWhenGapsAreFilled() throws {
        try withTemporaryDirectory { directory in
            let summary = try importFixture(into: directory, fillMissing: true)
            #expect(summary.lines.contains("Translations missing (filled with the en text):"))
            let content = try ContentLoader(
                contentDirectory: directory.appendingPathComponent("content"), displayPath: "content"
            ).load()
            #expect(content.warnings.map(\.description) == [])
            let site = content.site
            #expect(site.indicators.count == 7)
            let reporting = Dictionary(uniqueKeysWithValues: site.indicators.map { ($0.id.rawValue, $0.reporting) })
            #expect(reporting["1-2-2"] == .nonStatistical)
            #expect(reporting["1-4-2"] == .notStarted)
            #expect(reporting["1-2-1"] == .some(nil))
        }
    }

    @Test func theImportBuildsAndKeepsThePageOfANonStatisticalIndicator() throws {
        try withTemporaryDirectory { directory in
            _ = try importFixture(into: directory, languages: ["en"])
            let output = directory.appendingPathComponent("site")
            let report = try SiteBuilder(
                options: BuildOptions(
                    contentDirectory: directory.appendingPathComponent("content").path, outputDirectory: output.path,
                    assetsDirectory: PackagePaths.assets.path)
            ).build()
            // The 2020 drop in Canada's low-income rate is real; the outlier check rightly asks about it.
            #expect(report.warnings.filter { $0.code != "series.outlier" }.map(\.description) == [])
            let page = try String(contentsOf: output.appendingPathComponent("en/indicators/1-2-2.html"), encoding: .utf8)
            #expect(page.contains("<p class=\"notice\">This indicator is not measured by statistics.</p>"))
            #expect(!page.contains("No data have been published for this indicator yet."))
            #expect(page.contains("Dimensions of Poverty Hub"))
        }
    }

    @Test func aBadReportingStatusIsALocatedError() throws {
        try withTemporaryDirectory { directory in
            _ = try importFixture(into: directory, languages: ["en"])
            let file = directory.appendingPathComponent("content/indicators.csv")
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data(text.replacingOccurrences(of: ",non_statistical\n", with: ",nonstat\n").utf8).write(to: file)
            do throws(ContentProblems) {
                _ = try ContentLoader(contentDirectory: directory.appendingPathComponent("content"), displayPath: "content").load()
                Issue.record("a bad reporting status loaded")
            } catch {
                #expect(error.diagnostics.map(\.description).contains {
                    $0.hasPrefix("content/indicators.csv:3:") && $0.hasSuffix(
                        "error: bad reporting \"nonstat\": use in_progress, not_started or non_statistical or leave it empty")
                })
            }
        }
    }

    @Test func anOutputFolderWithFilesIsRefused() throws {
        try withTemporaryDirectory { directory in
            let output = directory.appendingPathComponent("content")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: output.appendingPathComponent("site.yml"))
            #expect(throws: OpenSDGImportError.self) { try importFixture(into: directory) }
            #expect(try String(contentsOf: output.appendingPathComponent("site.yml"), encoding: .utf8) == "x")
        }
    }
}
