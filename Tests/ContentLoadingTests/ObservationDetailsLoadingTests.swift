import ContentLoading
import SiteModel
import TestSupport
import Testing

/// Notes, sources with anchors, dimensions and acknowledged rules read from a data file exactly as written,
/// while rows with the same ones share one `ObservationDetails`.
@Suite struct ObservationDetailsLoadingTests {
    private let infant = "data/infant-mortality-rate.csv"

    private var fixture: ContentFixture {
        ContentFixture.minimal().with(
            infant,
            """
            region,year,area,value,flag,note_zh,note_en,source,acknowledged
            620000,2018,,3.74,,,,,
            620000,2020,,3.37,,,,bulletin-2021,
            620000,2020,urban,3.10,E,城镇,Urban,bulletin-2021#p2,series.outlier; value.exceeds-bound
            620000,2020,rural,3.60,,,,bulletin-2021#p2,
            100000,2018,,6.1,,,,bulletin-2021,
            100000,2020,,,M,城镇,Urban,bulletin-2021#p2,series.outlier;value.exceeds-bound
            620900,2020,urban,2.9,,,,bulletin-2021#p2,
            621100,2020,,3.8,,,,,

            """)
    }

    @Test func readsEveryDetailAsWritten() throws {
        let site = try #require(try expectWarnings(fixture, []))
        let observations = try #require(site.data["infant-mortality-rate"]?.observations)
        let note = Localized([LanguageCode("zh"): "城镇", LanguageCode("en"): "Urban"])
        let report = SourceReference(source: "bulletin-2021", anchor: "p2")
        let bulletin = SourceReference(source: "bulletin-2021")
        let rules: Set<String> = ["series.outlier", "value.exceeds-bound"]
        let expected = [
            Observation(region: "620000", period: Period("2018")!, value: DecimalValue("3.74"), line: 2),
            Observation(region: "620000", period: Period("2020")!, value: DecimalValue("3.37"), source: bulletin, line: 3),
            Observation(
                region: "620000", period: Period("2020")!, value: DecimalValue("3.10"), flag: .estimated, note: note,
                source: report, dimensions: ["area": "urban"], line: 4, acknowledged: rules),
            Observation(
                region: "620000", period: Period("2020")!, value: DecimalValue("3.60"), source: report,
                dimensions: ["area": "rural"], line: 5),
            Observation(region: "100000", period: Period("2018")!, value: DecimalValue("6.1"), source: bulletin, line: 6),
            Observation(
                region: "100000", period: Period("2020")!, value: nil, flag: .missing, note: note, source: report,
                line: 7, acknowledged: rules),
            Observation(
                region: "620900", period: Period("2020")!, value: DecimalValue("2.9"), source: report,
                dimensions: ["area": "urban"], line: 8),
            Observation(region: "621100", period: Period("2020")!, value: DecimalValue("3.8"), line: 9),
        ]
        #expect(Array(observations) == expected)
        for (read, written) in zip(observations, expected) {
            #expect(read.note == written.note && read.source == written.source)
            #expect(read.dimensions == written.dimensions && read.acknowledged == written.acknowledged)
            #expect(read.line == written.line && read.value?.text == written.value?.text)
        }
    }

    @Test func rowsWithTheSameDetailsShareThem() throws {
        let site = try #require(try expectWarnings(fixture, []))
        let observations = try #require(site.data["infant-mortality-rate"]?.observations)
        #expect(observations[0].details == nil && observations[7].details == nil)
        #expect(observations[1].details === observations[4].details)  // same source, not adjacent
        #expect(observations[3].details !== observations[6].details)  // same source, other dimension value
        #expect(observations[2].details !== observations[5].details)  // same note and rules, no dimension
    }
}
