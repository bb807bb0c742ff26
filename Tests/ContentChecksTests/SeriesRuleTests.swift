import ContentChecks
import SiteModel
import TestSupport
import Testing

@Suite struct SeriesRuleTests {
    /// The fixture with a Jiuquan (620900) maternal mortality series of the given values from 2011 on.
    private func jiuquan(_ values: [String]) -> ContentFixture {
        let rows = values.enumerated().map { "620900,\(2011 + $0.offset),\($0.element),,,," }.joined(separator: "\n")
        return ContentFixture.minimal().replacing("620900,2020,12.1,,,,", with: rows, in: "data/maternal-mortality-ratio.csv")
    }

    @Test func aChangeFarOutsideTheUsualOnesIsAnOutlier() throws {
        let found = try findings(jiuquan(["20", "19.5", "19", "18.6", "18", "17.5", "30", "16.6", "16", "15.5"]))
        let outliers = printed(found, .seriesOutlier)
        #expect(outliers.contains { $0.hasPrefix("content/data/maternal-mortality-ratio.csv:16: warning: maternal-mortality-ratio 620900 2017: the change from 17.5 (2016) to 30 is far outside") }, "\(outliers)")
    }

    @Test func steadyChangesHaveNoOutlier() throws {
        let found = try findings(jiuquan(["20", "19.5", "19", "18.6", "18", "17.5", "17.1", "16.6", "16", "15.5"]))
        #expect(printed(found, .seriesOutlier).isEmpty)
        #expect(printed(found, .seriesUnitSlip).isEmpty)
    }

    @Test func aValueTenTimesTheOneBeforeIsAUnitSlip() throws {
        let found = try findings(jiuquan(["12.1", "121"]))
        #expect(
            printed(found, .seriesUnitSlip) == [
                "content/data/maternal-mortality-ratio.csv:11: warning: maternal-mortality-ratio 620900 2012: value 121 is about 10 times the value before it (12.1 in 2011); a unit or decimal point may have slipped"
            ])
    }

    @Test func aThousandthIsAUnitSlipAndAnOrdinaryChangeIsNot() throws {
        #expect(printed(try findings(jiuquan(["12100", "12.1"])), .seriesUnitSlip).count == 1)
        #expect(printed(try findings(jiuquan(["12.1", "13"])), .seriesUnitSlip).isEmpty)
    }

    @Test func aTargetMetLastYearAndNotThisYearIsReported() throws {
        let fixture = ContentFixture.minimal().replacing(
            "620000,2020,99.6,E,,,bulletin-2021#p2", with: "620000,2020,97.5,,,,bulletin-2021", in: "data/hospital-delivery-rate.csv")
        #expect(
            printed(try findings(fixture), .targetStatusChanged) == [
                "content/data/hospital-delivery-rate.csv:4: warning: hospital-delivery-rate 620000 2020: the target is not met with 97.5 but was met with 99.1 in 2019"
            ])
    }

    @Test func anUnchangedTargetStatusIsNotReported() throws {
        #expect(printed(try findings(.minimal()), .targetStatusChanged).isEmpty)
    }

    @Test func aHeadlineWithoutTheTargetYearIsReportedOnTheIndicatorsRow() throws {
        let fixture = ContentFixture.minimal().replacing(
            "620000,2020,99.6,E,,,bulletin-2021#p2\n", with: "", in: "data/hospital-delivery-rate.csv")
        #expect(
            printed(try findings(fixture), .headlineMissingTargetYear) == [
                "content/indicators.csv:2:1: warning: hospital-delivery-rate: the target is for 2020, but the headline series of 620000 has no value for 2020 (its years: 2018, 2019)"
            ])
    }

    @Test func aHeadlineWithTheTargetYearPasses() throws {
        #expect(printed(try findings(.minimal()), .headlineMissingTargetYear).isEmpty)
    }
}

@Suite struct TargetYearAcknowledgementTests {
    @Test func theMissingTargetYearIsAcknowledgedOnTheSeriesLatestRow() throws {
        let fixture = ContentFixture.minimal().withAcknowledgedColumn()
            .replacing("620000,2020,99.6,E,,,bulletin-2021#p2,\n", with: "", in: "data/hospital-delivery-rate.csv")
            .replacing("620000,2019,99.1,,,,bulletin-2021,", with: "620000,2019,99.1,,,,bulletin-2021,headline.missing-target-year", in: "data/hospital-delivery-rate.csv")
        let found = try findings(fixture).filter { $0.code == CheckRule.headlineMissingTargetYear.code }
        #expect(found.map(\.severity) == [.info])
    }
}

@Suite struct OutlierMaterialityTests {
    @Test func aWobbleOfASmoothSeriesIsNoOutlier() throws {
        // Changes of about +0.85 a year and one of -1.2: far outside in MADs, but 2 % of the level.
        let rows = ["48.0", "50.1", "50.8", "51.8", "52.6", "53.5", "57.6", "56.4", "57.2", "58.1"].enumerated()
            .map { "620900,\(2011 + $0.offset),\($0.element),,,," }.joined(separator: "\n")
        let fixture = ContentFixture.minimal().replacing("620900,2020,12.1,,,,", with: rows, in: "data/maternal-mortality-ratio.csv")
        #expect(printed(try findings(fixture), .seriesOutlier).isEmpty)
    }
}
