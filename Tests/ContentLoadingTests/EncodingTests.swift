import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

/// BOMs, line ends and bytes that are not UTF-8, on every kind of file.
@Suite struct EncodingTests {
    private let minimal = ContentFixture.minimal()

    private func transformingEveryFile(_ change: (String) -> String) -> ContentFixture {
        ContentFixture(files: minimal.files.mapValues(change))
    }

    @Test func acceptsABOMOnEveryFile() throws {
        let site = try #require(try expectWarnings(transformingEveryFile { "\u{FEFF}" + $0 }, []))
        let plain = try #require(try load(minimal).site)
        #expect(site.settings == plain.settings)
        #expect(site.regions == plain.regions)
        #expect(site.indicators.map(\.id) == plain.indicators.map(\.id))
        #expect(site.data == plain.data)
        #expect(site.documents.map(\.slug) == plain.documents.map(\.slug))
        #expect(site.pages == plain.pages)
    }

    @Test func acceptsCRLFOnEveryFile() throws {
        let site = try #require(try expectWarnings(transformingEveryFile { $0.replacingOccurrences(of: "\n", with: "\r\n") }, []))
        let plain = try #require(try load(minimal).site)
        #expect(site.settings == plain.settings)
        #expect(site.regions == plain.regions)
        #expect(site.data == plain.data.mapValues { $0 })
        #expect(site.documents.first?.versions["zh"]?.body.charts == plain.documents.first?.versions["zh"]?.body.charts)
        #expect(site.documents.first?.versions["zh"]?.body.firstLine == 8)
    }

    @Test func positionsStayRightWithCRLF() throws {
        let fixture = minimal
            .replacing("99.6,E,", with: "99.6,X,", in: "data/hospital-delivery-rate.csv")
            .replacing("(page:about)", with: "(page:abut)", in: "documents/jiuquan-report.zh.md")
        let crlf = ContentFixture(files: fixture.files.mapValues { $0.replacingOccurrences(of: "\n", with: "\r\n") })
        let outcome = try load(crlf)
        #expect(
            outcome.messages == [
                "content/data/hospital-delivery-rate.csv:4:18: error: bad flag \"X\": use E (estimated), P (provisional), B (break in series), M (missing), F (forecast) or leave it empty",
                "content/documents/jiuquan-report.zh.md:10:38: error: link to unknown page \"abut\"",
            ])
    }

    @Test func reportsAFileThatIsNotUTF8() throws {
        let outcome = try load(minimal) { directory in
            let url = directory.appendingPathComponent("data/hospital-delivery-rate.csv")
            // Line 3 is `620000,2019,99.1,,,,bulletin-2021`; the bad byte goes where `.1` was.
            let parts = minimal.files["data/hospital-delivery-rate.csv"]!.components(separatedBy: "99.1")
            try Data(Array(parts[0].utf8) + Array("99".utf8) + [0xFF] + Array(parts[1].utf8)).write(to: url)
        }
        #expect(outcome.messages == ["content/data/hospital-delivery-rate.csv:3:15: error: the file is not valid UTF-8 (save it as UTF-8)"])
    }

    @Test func reportsAMarkdownFileInALegacyChineseEncoding() throws {
        let outcome = try load(minimal) { directory in
            // "关于" in GB 2312, as an old editor would save it.
            let bytes = Array("---\ntitle: ".utf8) + [0xB9, 0xD8, 0xD3, 0xDA] + Array("\n---\nText\n".utf8)
            try Data(bytes).write(to: directory.appendingPathComponent("pages/about.zh.md"))
        }
        #expect(outcome.messages == ["content/pages/about.zh.md:2:8: error: the file is not valid UTF-8 (save it as UTF-8)"])
    }
}

@Suite struct OnePassTests {
    @Test func reportsEveryProblemAtOnceSortedByFileLineAndColumn() throws {
        let fixture = ContentFixture.minimal()
            .replacing("99.6,E,", with: "99.6,X,", in: "data/hospital-delivery-rate.csv")
            .replacing(",children-education,学前", with: ",children-school,学前", in: "indicators.csv")
            .replacing("title: 用情用力落实政府主体责任\n", with: "", in: "documents/jiuquan-report.zh.md")
            .replacing("620900,2020,99.8,,", with: "620900,2020,,,", in: "data/hospital-delivery-rate.csv")
        let outcome = try load(fixture)
        #expect(
            outcome.messages == [
                "content/data/hospital-delivery-rate.csv:4:18: error: bad flag \"X\": use E (estimated), P (provisional), B (break in series), M (missing), F (forecast) or leave it empty",
                "content/data/hospital-delivery-rate.csv:8:13: warning: empty value without a flag; read as M (missing)",
                "content/documents/jiuquan-report.zh.md:2:1: error: missing title in the front matter",
                "content/indicators.csv:5:27: error: unknown topic \"children-school\" (not in topics.csv)",
            ])
        guard case .failed(let problems) = outcome else { return }
        #expect(problems.errors.count == 3)
        #expect(problems.warnings.count == 1)
    }

    @Test func printsPathsUnderTheGivenDisplayPath() throws {
        let fixture = ContentFixture.minimal().replacing("99.6,E,", with: "99.6,X,", in: "data/hospital-delivery-rate.csv")
        let messages = try fixture.withWrittenContent { directory in
            do throws(ContentProblems) {
                _ = try ContentLoader(contentDirectory: directory, displayPath: "site/content/").load()
                return [String]()
            } catch {
                return error.errors.map { $0.location.description }
            }
        }
        #expect(messages == ["site/content/data/hospital-delivery-rate.csv:4:18"])
    }
}
