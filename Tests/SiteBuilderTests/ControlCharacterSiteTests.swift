import Foundation
import SiteBuilder
import Spreadsheet
import Testing
import TestSupport

/// No raw control character reaches a page or a feed: a `\x01` in a title stops the build at its place, and
/// one in prose is removed, so every XML file of the site still parses.
@Suite struct ControlCharacterSiteTests {
    private let document = "documents/bulletin-2021.en.md"

    @Test func controlCharacterInADocumentTitleIsALocatedErrorAndTheSiteIsKept() throws {
        let fixture = ContentFixture.minimal()
            .replacing("title: Monitoring bulletin", with: #"title: "Monitoring\x01 bulletin"#, in: document)
            .replacing("for women and children\ndate:", with: "for women and children\"\ndate:", in: document)
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            try workspace.build()
            let before = try workspace.outputFiles()
            let failure = try workspace.failure(of: fixture)
            guard case .content(let problems) = failure else {
                Issue.record("expected a content failure, got \(String(describing: failure))")
                return
            }
            #expect(problems.errors.map(\.description).map { $0.hasSuffix("content/documents/bulletin-2021.en.md:2:8: error: title holds the invisible control character U+0001; remove it") } == [true], "\(problems)")
            #expect(try workspace.outputFiles().files == before.files)
        }
    }

    @Test func controlCharactersInProseNeverReachTheSiteAndFeedsParse() throws {
        let fixture = ContentFixture.minimal()
            .replacing("The main targets", with: "The main\u{01} targets&#1; \u{1B}[2J", in: document)
        try BuildWorkspace.with { workspace in
            try workspace.write(fixture)
            let report = try workspace.build()
            #expect(report.warnings.count == 1, "\(report.warnings)")
            let site = try workspace.outputFiles()
            for path in site.paths where path.hasSuffix(".xml") || path.hasSuffix(".svg") {
                #expect(XMLCheck.problem(in: site[path]) == nil, "\(path)")
            }
            #expect(XMLCheck.problem(in: site["en/feed.xml"]) == nil)
            // Workbooks and the downloads zip are compressed: the text is checked in the files they hold.
            let isPacked = { (path: String) in path.hasSuffix(".xlsx") || path.hasSuffix(".zip") }
            var files = site.files.filter { !isPacked($0.key) }.map { (path: $0.key, bytes: $0.value) }
            for (path, bytes) in site.files where isPacked(path) {
                files += try ZipArchive.entries(of: bytes).filter { !isPacked($0.path) }.map { ("\(path)/\($0.path)", $0.bytes) }
            }
            #expect(files.contains { $0.path.hasSuffix(".xlsx/xl/worksheets/sheet1.xml") })
            for (path, bytes) in files {
                #expect(!bytes.contains { $0 < 0x09 || $0 == 0x0B || $0 == 0x0C || (0x0E...0x1F).contains($0) || $0 == 0x7F }, "\(path)")
            }
            #expect(site["en/documents/bulletin-2021.html"].contains("The main targets [2J"))
        }
    }
}
