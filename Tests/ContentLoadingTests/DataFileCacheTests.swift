import Foundation
import SiteModel
import TestSupport
import Testing

@testable import ContentLoading

/// A load that reuses the data files parsed by earlier loads gives exactly what a load from scratch gives: the
/// same site, warnings and errors in the same order, whatever changed in between.
@Suite struct DataFileCacheTests {
    /// What two loads are compared on: every diagnostic as printed, and the parts of the site data files make.
    private struct Result: Equatable {
        var messages: [String]
        var data: [IndicatorID: IndicatorData]?
        var indicators: [Indicator]?
        var gaps: [TranslationGap]?
        var inputFiles: [String]?

        init(_ outcome: LoadOutcome) {
            messages = outcome.messages
            data = outcome.site?.data
            indicators = outcome.site?.indicators
            gaps = outcome.site?.translationGaps
            inputFiles = outcome.site?.inputFiles
        }
    }

    private static func load(_ directory: URL, cache: DataFileCache?) -> LoadOutcome {
        do throws(ContentProblems) {
            return .loaded(try ContentLoader(contentDirectory: directory, displayPath: "content").load(cache: cache))
        } catch {
            return .failed(error)
        }
    }

    /// Writes each state in turn into one folder, loads it with a cache kept throughout and without one, and
    /// compares the two; returns the files each load parsed rather than reused.
    private func compareLoads(_ states: [ContentFixture]) throws -> [[String]] {
        let cache = DataFileCache()
        var parsed: [[String]] = []
        try withTemporaryDirectory { root in
            let directory = root.appendingPathComponent("content")
            for state in states {
                try? FileManager.default.removeItem(at: directory)
                try state.write(to: directory)
                let cached = Result(Self.load(directory, cache: cache))
                let fresh = Result(Self.load(directory, cache: nil))
                #expect(cached == fresh, "\(cached.messages) vs \(fresh.messages)")
                parsed.append(cache.parsedByLastLoad)
            }
        }
        return parsed
    }

    private static let maternal = "data/maternal-mortality-ratio.csv"
    private static let hospital = "data/hospital-delivery-rate.csv"
    private static let infant = "data/infant-mortality-rate.csv"
    private static let allData = [hospital, infant, maternal]

    @Test func anEditedDataFileIsTheOnlyOneParsedAgain() throws {
        let edited = ContentFixture.minimal().replacing("621100,2020,16.4", with: "621100,2020,19.4", in: Self.maternal)
        let parsed = try compareLoads([.minimal(), edited, edited])
        #expect(parsed == [Self.allData, [Self.maternal], []])
    }

    @Test func addedAndRemovedDataFiles() throws {
        let added = ContentFixture.minimal().with(
            "data/preschool-gross-enrolment.csv", "region,year,value\n620000,2020,91.2\n100000,2020,88.0\n")
        let removed = added.with(Self.infant, nil)
        let parsed = try compareLoads([.minimal(), added, removed, .minimal()])
        #expect(parsed[1] == ["data/preschool-gross-enrolment.csv"])
        #expect(parsed[2] == [])
        #expect(parsed[3] == [Self.infant])
    }

    /// Rows are checked against regions.csv: a region removed makes the unchanged rows naming it errors.
    @Test func regionsInvalidateTheParses() throws {
        let renamed = ContentFixture.minimal().replacing("Dingxi City", with: "Dingxi", in: "regions.csv")
        let removed = ContentFixture.minimal().replacing(
            "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n", with: "", in: "regions.csv")
        let parsed = try compareLoads([.minimal(), renamed, removed, .minimal()])
        #expect(parsed[1] == [], "a name is not what rows are checked against")
        #expect(parsed[2] == Self.allData)
    }

    /// The headline of indicators.csv says which dimensions are tracked, and is checked against each file.
    @Test func indicatorsInvalidateTheParsesOfTheirFiles() throws {
        let row = "婴儿死亡率持续下降,Infant mortality keeps falling,,\n"
        let urban = ContentFixture.minimal().replacing(
            row, with: "婴儿死亡率持续下降,Infant mortality keeps falling,,area=urban\n", in: "indicators.csv")
        let unknownValue = ContentFixture.minimal().replacing(
            row, with: "婴儿死亡率持续下降,Infant mortality keeps falling,,area=suburban\n", in: "indicators.csv")
        let unknownDimension = ContentFixture.minimal().replacing(
            row, with: "婴儿死亡率持续下降,Infant mortality keeps falling,,sex=female\n", in: "indicators.csv")
        let renamed = ContentFixture.minimal().replacing(
            "Infant mortality rate", with: "Infant mortality", in: "indicators.csv")
        let parsed = try compareLoads([.minimal(), urban, unknownValue, unknownDimension, renamed])
        #expect(parsed[1] == [Self.infant])
        #expect(parsed[4] == [Self.infant])
    }

    /// Sources, the passages of documents they cite, and the translation policy are read by every row.
    @Test func sourcesDocumentsAndSettingsInvalidateTheParses() throws {
        let noDocument = ContentFixture.minimal().replacing(
            "https://example.org/bulletin-2021.pdf,bulletin-2021", with: "https://example.org/bulletin-2021.pdf,",
            in: "sources.csv")
        let shorterDocument = ContentFixture.minimal().replacing(
            "全省妇女儿童发展规划主要目标基本实现。\n\n", with: "", in: "documents/bulletin-2021.zh.md")
        let untranslatedNote = ContentFixture.minimal().replacing(
            "620000,2018,18.69,,,,", with: "620000,2018,18.69,,较高,,", in: Self.maternal)
        let strict = untranslatedNote.replacing(
            "languages: [zh, en]", with: "languages: [zh, en]\ntranslations: strict", in: "site.yml")
        let parsed = try compareLoads([
            .minimal(), noDocument, .minimal(), shorterDocument, .minimal(), untranslatedNote, strict, untranslatedNote,
        ])
        #expect(parsed[1] == Self.allData)
        #expect(parsed[6] == Self.allData)
    }

    /// An edit that breaks a file, then its fix: the failed load's diagnostics and the fixed load's site are each
    /// what a load from scratch gives.
    @Test func anErrorThenItsFix() throws {
        let broken = ContentFixture.minimal().replacing("621100,2020,16.4", with: "621100,2020,abc", in: Self.maternal)
        let duplicate = ContentFixture.minimal().replacing(
            "621100,2020,16.4,,,,\n", with: "621100,2020,16.4,,,,\n621100,2020,16.5,,,,\n", in: Self.maternal)
        let semicolons = ContentFixture.minimal().replacing(
            "region,year,value,flag,note_zh,note_en,source", with: "region;year;value;flag;note_zh;note_en;source",
            in: Self.hospital)
        let parsed = try compareLoads([.minimal(), broken, .minimal(), duplicate, semicolons, .minimal()])
        #expect(parsed[1] == [Self.maternal])
        #expect(parsed[2] == [Self.maternal])
    }
}
