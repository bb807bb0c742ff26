import ContentChecks
import SiteModel
import TestSupport
import Testing

@Suite struct BoundRuleTests {
    @Test func percentOverHundredIsAWarningWithTheRowsNote() throws {
        let fixture = ContentFixture.minimal().replacing(
            "620000,2019,99.1,,,,bulletin-2021", with: "620000,2019,106.32,,检测率超过100%,Over 100%,bulletin-2021",
            in: "data/hospital-delivery-rate.csv")
        let found = try findings(fixture).filter { $0.code == "value.exceeds-bound" }
        #expect(
            found.map(\.description) == [
                "content/data/hospital-delivery-rate.csv:3: warning: hospital-delivery-rate 620000 2019: value 106.32 is over 100, the most a percentage can be (unit percent)"
            ])
        #expect(found.first?.note == "检测率超过100%")
        #expect(found.first?.hint != nil)
    }

    @Test func negativeCountAndRateBelowZero() throws {
        let fixture = ContentFixture.minimal().replacing(
            "620900,2020,12.1", with: "620900,2020,-1", in: "data/maternal-mortality-ratio.csv")
        #expect(
            printed(try findings(fixture), .valueExceedsBound) == [
                "content/data/maternal-mortality-ratio.csv:10: warning: maternal-mortality-ratio 620900 2020: value -1 is below 0, the least a rate per 100,000 can be (unit per_100k)"
            ])
    }

    @Test func valuesWithinTheirUnitsBoundsPass() throws {
        #expect(printed(try findings(.minimal()), .valueExceedsBound).isEmpty)
    }

    @Test func acknowledgingTheRuleOnTheRowMakesItInfo() throws {
        let fixture = ContentFixture.minimal()
            .withAcknowledgedColumn()
            .replacing("620000,2019,99.1,,,,bulletin-2021,", with: "620000,2019,106.32,,总和生育,Gross,bulletin-2021,value.exceeds-bound;series.outlier", in: "data/hospital-delivery-rate.csv")
        let found = try findings(fixture).filter { $0.code == "value.exceeds-bound" }
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.description.hasPrefix("content/data/hospital-delivery-rate.csv:3: info: ") == true)
        #expect(found.first?.hint == nil, "nothing left to do: no hint to acknowledge what is acknowledged")
        #expect(found.first?.note == "总和生育", "the publisher's explanation is shown")
    }

    @Test func acknowledgingAnotherRuleLeavesTheWarning() throws {
        let fixture = ContentFixture.minimal()
            .withAcknowledgedColumn()
            .replacing("620000,2019,99.1,,,,bulletin-2021,", with: "620000,2019,106.32,,,,bulletin-2021,series.outlier", in: "data/hospital-delivery-rate.csv")
        #expect(try findings(fixture).filter { $0.code == "value.exceeds-bound" }.map(\.severity) == [.warning])
    }

    @Test func anUnknownAcknowledgedCodeIsALocatedError() throws {
        let fixture = ContentFixture.minimal()
            .withAcknowledgedColumn()
            .replacing("620000,2019,99.1,,,,bulletin-2021,", with: "620000,2019,99.1,,,,bulletin-2021,value.exceeds-bounds", in: "data/hospital-delivery-rate.csv")
        let errors = try loadErrors(fixture)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/data/hospital-delivery-rate.csv:3:35: error: unknown check rule \"value.exceeds-bounds\"") == true, "\(errors)")
    }
}
