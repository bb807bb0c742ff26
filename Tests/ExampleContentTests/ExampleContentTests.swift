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

    /// A source that is not a document on the site must say where it was read and who published it, so every
    /// figure that cites it can be checked against the original.
    @Test func everyOutsideSourceHasAnAddressAndAPublisher() throws {
        let site = try Self.load().site
        for source in site.sources where source.document == nil {
            #expect(!source.url.isEmpty, "\(source.id) has no url")
            for language in site.settings.languages {
                #expect(!(source.publisher[language] ?? "").isEmpty, "\(source.id) has no \(language) publisher")
            }
        }
    }

    /// Every target is shown in the plan's own words in every language (which also says where a target is the
    /// national outlines' rather than Gansu's), and the indicator names at least one source outside the bulletin
    /// or a bulletin report that states it.
    @Test func everyTargetIsWordedAndSourced() throws {
        let site = try Self.load().site
        for indicator in site.indicators {
            guard let target = indicator.target else { continue }
            for language in site.settings.languages {
                #expect(!(target.text[language] ?? "").isEmpty, "\(indicator.id) has no \(language) target wording")
            }
            #expect(!indicator.sources.isEmpty, "\(indicator.id) has a target but no source")
            let wording = target.text[site.settings.defaultLanguage] ?? ""
            if wording.contains("纲要") {
                #expect(
                    target.text["en"]?.contains("national") == true,
                    "\(indicator.id): the English wording hides that the target is national")
            }
        }
    }

    /// The example shows the plans' quantified targets with statuses that follow from the data, so a change
    /// of a figure or a target that flips a status is seen here.
    @Test func showsThePlansTargets() throws {
        let site = try Self.load().site
        let home = site.settings.homeRegion
        let targeted = site.indicators.filter { $0.target != nil }
        let quantified = targeted.filter { $0.target?.value != nil }
        var statuses: [TargetStatus: [IndicatorID]] = [:]
        for indicator in targeted {
            let status = indicator.status(of: site.headlineSeries(of: indicator, for: home))
            statuses[status, default: []].append(indicator.id)
        }
        #expect(targeted.count == 23)
        #expect(quantified.count == 21)
        #expect(statuses[.met]?.count == 19, "\(statuses)")
        #expect(statuses[.notMet]?.count ?? 0 == 0, "\(statuses)")
        // Two "increase" targets with one value each, and two targets whose only figure is missing or a bound.
        #expect(statuses[.noData]?.count == 4, "\(statuses)")
        #expect(site.indicatorIndex["maternal-mortality-ratio"]?.target?.value?.text == "20")
    }

    /// A figure a source gives only as a bound ("均在99%以上") must not become a value the status would judge:
    /// it stays out as a missing row whose note, in every language, says what the source printed.
    @Test func boundsStayOutAsExplainedMissingRows() throws {
        let site = try Self.load().site
        var missing = 0
        for data in site.data.values {
            for observation in data.observations where observation.value == nil {
                missing += 1
                #expect(observation.flag == .missing, "\(data.file):\(observation.line) has no value but is not M")
                for language in site.settings.languages {
                    #expect(
                        !(observation.note[language] ?? "").isEmpty,
                        "\(data.file):\(observation.line) leaves its missing value unexplained in \(language)")
                }
            }
        }
        #expect(missing >= 1)
        let vaccination = site.data["immunisation-coverage"]?.observations.first { $0.region == "620000" }
        #expect(vaccination?.value == nil)
        #expect(vaccination?.note["zh"]?.contains("99%以上") == true)
    }

    /// The methodology page lists every target taken from the national outlines, in every language, so a
    /// reader can see which targets are Gansu's own.
    @Test func methodologyListsTheNationalTargets() throws {
        let site = try Self.load().site
        let national = site.indicators.filter {
            ($0.target?.text[site.settings.defaultLanguage] ?? "").contains("纲要》目标")
        }
        #expect(national.count == 13)
        guard let page = site.pages.first(where: { $0.slug == "methodology" }) else {
            Issue.record("no methodology page")
            return
        }
        for language in site.settings.languages {
            let text = page.versions[language]?.body.markdown ?? ""
            for indicator in national {
                #expect(
                    text.contains("(indicator:\(indicator.id))"),
                    "methodology.\(language).md does not list the national target of \(indicator.id)")
            }
        }
    }

    /// How much of the tile map the example fills: indicators whose values cover at least 10 of the 14
    /// prefectures in one year. Only the census population does today; the plans' own indicators have figures
    /// for at most two prefectures (Dingxi, Jiuquan, Gannan), which is what public sources gave.
    @Test func coversThePrefectures() throws {
        let site = try Self.load().site
        let prefectures = Set(site.regions.filter { $0.parent == site.settings.homeRegion }.map(\.code))
        var wellCovered: [IndicatorID] = []
        for (id, data) in site.data.sorted(by: { $0.key < $1.key }) {
            var byPeriod: [String: Set<RegionCode>] = [:]
            for observation in data.observations
            where prefectures.contains(observation.region) && observation.value != nil {
                byPeriod[observation.period.text, default: []].insert(observation.region)
            }
            if byPeriod.values.contains(where: { $0.count >= 10 }) { wellCovered.append(id) }
        }
        #expect(wellCovered == ["resident-population"])
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
