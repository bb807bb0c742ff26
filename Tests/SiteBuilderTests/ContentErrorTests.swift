import Foundation
import SiteBuilder
import Testing
import TestSupport

/// One content mistake of a kind, and the message the build must give for it.
struct ContentMistake: Sendable, CustomTestStringConvertible {
    var name: String
    var fixture: ContentFixture
    /// The message after `content/`, as `file:line:column: error: text`.
    var message: String

    var testDescription: String { name }

    static let minimal = ContentFixture.minimal()

    static let all: [ContentMistake] = [
        ContentMistake(
            name: "unknown region code",
            fixture: minimal.replacing("621100,2020,99.2,", with: "629900,2020,99.2,", in: "data/hospital-delivery-rate.csv"),
            message: "data/hospital-delivery-rate.csv:9:1: error: unknown region \"629900\" (not in regions.csv)"),
        ContentMistake(
            name: "unknown indicator",
            fixture: minimal.replacing("indicators: [hospital-delivery-rate]", with: "indicators: [hospital-delivery-rates]", in: "documents/jiuquan-report.zh.md"),
            message: "documents/jiuquan-report.zh.md:6:14: error: unknown indicator \"hospital-delivery-rates\" (not in indicators.csv)"),
        ContentMistake(
            name: "duplicate row",
            fixture: minimal.replacing("621100,2020,99.2,,,,\n", with: "621100,2020,99.2,,,,\n620000,2020,99.0,,,,\n", in: "data/hospital-delivery-rate.csv"),
            message: "data/hospital-delivery-rate.csv:10:1: error: duplicate row: region 620000, year 2020 (first on line 4)"),
        ContentMistake(
            name: "bad number",
            fixture: minimal.replacing("620000,2020,99.6,E", with: "620000,2020,9.96e1,E", in: "data/hospital-delivery-rate.csv"),
            message: "data/hospital-delivery-rate.csv:4:13: error: bad number \"9.96e1\" in value: write digits with an optional leading - and one . (no exponent, no thousands separator, no leading zero)"),
        ContentMistake(
            name: "bad flag",
            fixture: minimal.replacing("620000,2020,99.6,E", with: "620000,2020,99.6,X", in: "data/hospital-delivery-rate.csv"),
            message: "data/hospital-delivery-rate.csv:4:18: error: bad flag \"X\": use E (estimated), P (provisional), B (break in series), M (missing), F (forecast) or leave it empty"),
        ContentMistake(
            name: "missing required column",
            fixture: minimal.with("data/preschool-gross-enrolment.csv", "region,year\n620000,2020\n"),
            message: "data/preschool-gross-enrolment.csv:1:1: error: missing column value"),
        ContentMistake(
            name: "document without title",
            fixture: minimal.replacing("title: 用情用力落实政府主体责任\n", with: "", in: "documents/jiuquan-report.zh.md"),
            message: "documents/jiuquan-report.zh.md:2:1: error: missing title in the front matter"),
        ContentMistake(
            name: "missing name_zh column (the default language)",
            fixture: minimal.with(
                "regions.csv",
                """
                code,name_en,short_zh,short_en,level,parent,grid_row,grid_col
                100000,全国,,,country,,,
                620000,甘肃省,甘肃,Gansu,province,100000,,
                620900,酒泉市,酒泉,Jiuquan,prefecture,620000,0,0
                621100,定西市,定西,Dingxi,prefecture,620000,1,1

                """),
            message: "regions.csv:1:1: error: missing column name_zh (name_* is needed for every language of site.yml: zh, en)"),
    ]
}

/// Bad content stops the build before anything is written, with every problem as `file:line:column: error:`.
@Suite struct ContentErrorTests {
    @Test(arguments: ContentMistake.all)
    func contentMistakeFailsTheBuildWithItsLocation(_ mistake: ContentMistake) throws {
        try BuildWorkspace.with { workspace in
            guard let failure = try workspace.failure(of: mistake.fixture) else {
                Issue.record("the build succeeded")
                return
            }
            guard case .content = failure else {
                Issue.record("failed while \(failure.stage), not while loading content: \(failure)")
                return
            }
            #expect(failure.stage == "loading content")
            #expect(failure.contentMessages == [workspace.content.path + "/" + mistake.message])
            #expect(failure.errorCount == 1)
            #expect(!FileManager.default.fileExists(atPath: workspace.output.path), "nothing written")
            #expect(workspace.entries == ["content"], "no staging folder")
        }
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        // Mistakes in different files combine; of several in one file, the last is kept.
        var fixture = ContentMistake.minimal
        var expected: [String: String] = [:]
        for mistake in ContentMistake.all {
            for (path, text) in mistake.fixture.files where ContentMistake.minimal.files[path] != text {
                fixture.files[path] = text
                expected[path] = mistake.message
            }
        }
        try BuildWorkspace.with { workspace in
            let failure = try #require(try workspace.failure(of: fixture))
            let messages = Set(failure.contentMessages)
            for message in expected.values.sorted() {
                #expect(messages.contains(workspace.content.path + "/" + message), "\(message)")
            }
            #expect(failure.errorCount == expected.count, "\(failure)")
        }
    }

    /// An indicator id (or document slug, region code) that names a section's own index page would write two
    /// pages to one file; the loader must say so with the row, not the writer with a file name.
    @Test(arguments: ReservedName.all)
    func nameThatCollidesWithAnIndexPageIsAContentError(_ name: ReservedName) throws {
        try BuildWorkspace.with { workspace in
            guard let failure = try workspace.failure(of: name.fixture) else {
                Issue.record("built, so one page overwrote another")
                return
            }
            #expect(failure.stage == "loading content", "\(failure)")
            #expect(failure.contentMessages.contains { $0.hasPrefix(workspace.content.path + "/" + name.place) }, "\(failure)")
        }
    }

    /// Region codes become file names and addresses (`regions/<code>.html`): one that cannot be either is a
    /// content error at its row, not a write error or an address with a space.
    @Test(arguments: ["../x", "62 11", "62/11", "62?11"])
    func regionCodeThatCannotBeAFileNameIsAContentError(_ code: String) throws {
        let row = "\"\(code)\",某区,Some District,,,prefecture,620000,,\n"
        let fixture = ContentMistake.minimal.replacing(
            "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n",
            with: "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n" + row, in: "regions.csv")
        try BuildWorkspace.with { workspace in
            guard let failure = try workspace.failure(of: fixture) else {
                Issue.record("region code \(code.debugDescription) was accepted")
                return
            }
            #expect(failure.stage == "loading content", "\(failure)")
            #expect(failure.contentMessages.contains { $0.hasPrefix(workspace.content.path + "/regions.csv:6:1: error:") }, "\(failure)")
        }
    }
}

/// A name that is also the name of a section's index page (`index`).
struct ReservedName: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var fixture: ContentFixture
    /// Where the error must point: `file:line:` after `content/`.
    var place: String

    static let all = [
        ReservedName(
            testDescription: "indicator id index",
            fixture: ContentMistake.minimal.replacing("preschool-gross-enrolment,", with: "index,", in: "indicators.csv"),
            place: "indicators.csv:5:"),
        ReservedName(
            testDescription: "document slug index",
            fixture: ContentMistake.minimal.with("documents/index.zh.md", "---\ntitle: 索引\ndate: 2021-01-01\n---\n正文。\n"),
            place: "documents/index.zh.md"),
        ReservedName(
            testDescription: "region code index",
            fixture: ContentMistake.minimal.replacing(
                "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n",
                with: "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\nindex,某区,Some District,,,prefecture,620000,,\n",
                in: "regions.csv"),
            place: "regions.csv:6:"),
    ]
}
