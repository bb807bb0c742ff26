import ContentLoading
import Foundation
import Markdown
import SiteModel
import Testing

/// The example site in `content/` is the showcase and a fixture: it must load cleanly, and every figure that
/// cites a paragraph of a document must be stated verbatim in that paragraph.
@Suite struct ExampleContentTests {
    static let contentDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")

    static func load() throws -> LoadedContent {
        try ContentLoader(contentDirectory: contentDirectory, displayPath: "content").load()
    }

    @Test func loadsWithoutErrorsOrWarnings() throws {
        do {
            let loaded = try Self.load()
            #expect(loaded.warnings.isEmpty, "\(loaded.warnings.map(\.description).joined(separator: "\n"))")
        } catch let problems as ContentProblems {
            Issue.record("content/ has errors:\n\(problems)")
        }
    }

    @Test func everyCitedParagraphStatesItsFigure() throws {
        let site = try Self.load().site
        let language = site.settings.defaultLanguage
        var paragraphs: [DocumentSlug: [String]] = [:]
        for document in site.documents {
            if let version = document.versions[language] {
                paragraphs[document.slug] = Markdown.outline(version.body.markdown).paragraphs
            }
        }
        var checked = 0
        for (id, data) in site.data.sorted(by: { $0.key < $1.key }) {
            for observation in data.observations {
                guard let reference = observation.source, let anchor = reference.anchor,
                    let value = observation.value
                else { continue }
                let place = "\(data.file):\(observation.line) (\(id), \(observation.region), \(observation.period))"
                guard let slug = site.sourceIndex[reference.source]?.document, let texts = paragraphs[slug] else {
                    Issue.record("\(place): \(reference) is not a paragraph of a \(language) document")
                    continue
                }
                guard anchor.hasPrefix("p"), let number = Int(anchor.dropFirst()), (1...texts.count).contains(number)
                else {
                    Issue.record("\(place): \(reference) names no paragraph of \(slug) (it has \(texts.count))")
                    continue
                }
                #expect(
                    texts[number - 1].contains(value.text),
                    "\(place): \(value.text) does not appear in \(reference): \(texts[number - 1])")
                checked += 1
            }
        }
        #expect(checked > 0, "no figure cites a paragraph")
    }

    @Test func meetsTheShowcaseCounts() throws {
        let site = try Self.load().site
        let withData = site.indicators.filter { !(site.data[$0.id]?.observations.isEmpty ?? true) }
        #expect(withData.count >= 45)
        // The country, the province and its 14 prefecture-level divisions.
        #expect(site.regions.count == 16)
        #expect(site.regions.filter { $0.parent == "620000" }.count == 14)
        #expect(site.documents.count == 6)
        for document in site.documents {
            #expect(Set(document.versions.keys) == Set(site.settings.languages), "\(document.slug)")
            #expect(document.versions["en"]?.isTranslation == true, "\(document.slug) English is a translation")
        }
        for data in site.data.values {
            for observation in data.observations {
                #expect(observation.source != nil, "\(data.file):\(observation.line) has no source")
            }
        }
    }
}
