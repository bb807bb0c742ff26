import SiteModel
import Testing

@Suite struct PeriodTests {
    @Test func readsEveryForm() throws {
        let year = try #require(Period("2020"))
        #expect(year.kind == .year && year.startYear == 2020 && year.timeValue == 2020)
        let quarter = try #require(Period("2020-Q3"))
        #expect(quarter.kind == .quarter && quarter.startMonth == 7)
        let month = try #require(Period("2020-03"))
        #expect(month.kind == .month && month.startMonth == 3)
        let school = try #require(Period("2020/2021"))
        #expect(school.kind == .schoolYear && school.startYear == 2020 && school.endYear == 2021)
        let range = try #require(Period("2017-2019"))
        #expect(range.kind == .range && range.startYear == 2017 && range.endYear == 2019)
    }

    @Test(arguments: ["", "20", "2020-Q5", "2020-13", "2020-00", "2020/2022", "2019-2017", "2020.5", "二〇二〇", "2020-1"])
    func refusesOtherText(_ text: String) {
        #expect(Period(text) == nil, "\(text)")
    }

    @Test func sortsByStart() throws {
        let texts = ["2021", "2020/2021", "2020-Q1", "2017-2019", "2020", "2020-03"]
        let sorted = try texts.map { try #require(Period($0)) }.sorted().map(\.text)
        #expect(sorted == ["2017-2019", "2020", "2020-Q1", "2020-03", "2020/2021", "2021"])
    }
}
