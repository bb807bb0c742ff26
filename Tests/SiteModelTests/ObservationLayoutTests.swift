import SiteModel
import Testing

/// The observation's compact layout: a national site holds tens of millions, so its size is the model's memory.
@Suite struct ObservationLayoutTests {
    private let period = Period("2020")!

    @Test func strideStaysCompact() {
        // 160 bytes before the rare parts moved out of line; at 20 M observations each byte here is 20 MB.
        #expect(MemoryLayout<Observation>.stride <= 80)
        #expect(MemoryLayout<Period>.stride <= 24)
    }

    @Test func rowWithoutDetailsHoldsNone() {
        let plain = Observation(region: "620000", period: period, value: DecimalValue("1.5"), line: 3)
        #expect(plain.details == nil)
        let emptied = Observation(
            region: "620000", period: period, value: DecimalValue("1.5"), details: ObservationDetails(), line: 3)
        #expect(emptied.details == nil)
        #expect(plain == emptied && plain.hashValue == emptied.hashValue)
    }

    @Test func settersChangeOnlyTheirRow() {
        let shared = ObservationDetails(source: SourceReference("bulletin-2021#p2"), dimensions: ["area": "urban"])
        let first = Observation(region: "620000", period: period, value: nil, flag: .missing, details: shared, line: 4)
        var second = first
        second.note[LanguageCode("en")] = "Revised"
        second.dimensions["sex"] = "female"
        second.acknowledged.insert("series.outlier")
        second.line = 9
        #expect(first.details === shared && first.note.values.isEmpty && first.dimensions == ["area": "urban"])
        #expect(second.note[LanguageCode("en")] == "Revised")
        #expect(second.dimensions == ["area": "urban", "sex": "female"])
        #expect(second.acknowledged == ["series.outlier"] && second.line == 9)
        #expect(second.source == SourceReference("bulletin-2021#p2"))
        second.source = nil
        #expect(second.source == nil && second.dimensions.count == 2)
    }

    @Test func equalityIsOverValuesNotSharing() {
        let fields = Observation(
            region: "620000", period: period, value: DecimalValue("2.0"), flag: .estimated,
            note: Localized([LanguageCode("zh"): "注"]), source: SourceReference("s#p1"), dimensions: ["area": "rural"],
            line: 7, acknowledged: ["value.exceeds-bound"])
        let shared = Observation(
            region: "620000", period: period, value: DecimalValue("2.0"), flag: .estimated,
            details: ObservationDetails(
                note: Localized([LanguageCode("zh"): "注"]), source: SourceReference("s#p1"), dimensions: ["area": "rural"],
                acknowledged: ["value.exceeds-bound"]),
            line: 7)
        #expect(fields == shared && fields.hashValue == shared.hashValue)
        var other = shared
        other.note = Localized([LanguageCode("zh"): ""])  // an empty text is still a text, as before
        #expect(other != shared)
        other.note = Localized()
        #expect(other != shared && other.details != nil)
        other.line = 8
        #expect(other != fields)
    }

    @Test func periodKeepsItsNumbers() throws {
        let school = try #require(Period("2019/2020"))
        #expect(school.startYear == 2019 && school.endYear == 2020 && school.startMonth == 9 && school.text == "2019/2020")
        let month = try #require(Period("9999-12"))
        #expect(month.startYear == 9999 && month.startMonth == 12)
    }
}
