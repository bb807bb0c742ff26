@testable import ContentChecks
import SiteModel
import TestSupport
import Testing

@Suite struct CitedValueRuleTests {
    @Test func aValueTheCitedParagraphDoesNotStateIsAWarning() throws {
        let fixture = ContentFixture.minimal().replacing(
            "620000,2020,15.07,", with: "620000,2020,15.7,", in: "data/maternal-mortality-ratio.csv")
        #expect(
            printed(try findings(fixture), .citeValueNotInParagraph).contains(
                "content/data/maternal-mortality-ratio.csv:5: warning: maternal-mortality-ratio 620000 2020: value 15.7 does not appear in the cited paragraph bulletin-2021#p2"
            ))
    }

    @Test func aValueTheCitedParagraphStatesPasses() throws {
        // 15.07 is stated as "15.07/10万" and 99.6 as "99.6%".
        #expect(printed(try findings(.minimal()), .citeValueNotInParagraph).isEmpty)
        #expect(
            printed(try findings(ContentFixture.minimal().citingInfantMortality()), .citeValueNotInParagraph) == [
                "content/data/infant-mortality-rate.csv:3: warning: infant-mortality-rate 620000 2020: value 3.37 does not appear in the cited paragraph bulletin-2021#p2"
            ])
    }

    @Test func aRatePrintedWithAnotherUnitsSignIsAUnitMismatch() throws {
        let fixture = ContentFixture.minimal().citingInfantMortality().withBulletinParagraph(
            "2020年，全省孕产妇死亡率为15.07/10万，住院分娩率为99.6%，婴儿死亡率为3.37%。")
        let found = try findings(fixture)
        #expect(
            printed(found, .citeUnitMismatch) == [
                "content/data/infant-mortality-rate.csv:3: warning: infant-mortality-rate 620000 2020: the cited paragraph bulletin-2021#p2 prints 3.37 as \"3.37%\", but the unit is per_mille (‰)"
            ])
        #expect(printed(found, .citeValueNotInParagraph).isEmpty)
    }

    @Test func aRatePrintedWithItsOwnSignPasses() throws {
        let fixture = ContentFixture.minimal().citingInfantMortality().withBulletinParagraph(
            "2020年，全省孕产妇死亡率为15.07/10万，住院分娩率为99.6%，婴儿死亡率为3.37‰。")
        let found = try findings(fixture)
        #expect(printed(found, .citeUnitMismatch).isEmpty)
        #expect(printed(found, .citeValueNotInParagraph).isEmpty)
    }

    @Test func numbersAreReadWithTheirSigns() {
        let numbers = CitedNumber.all(in: "死亡率为15.07/10万，共1.2万人，占96.1%，每100,000人，0-6个月，3.37‰")
        #expect(numbers.map(\.printed) == ["15.07/10万", "1.2万", "96.1%", "100,000", "0", "6", "3.37‰"])
        #expect(numbers.map(\.rate) == [.per100k, nil, .percent, nil, nil, nil, .perMille])
        #expect(numbers[1].states(12_000))
        #expect(numbers[1].states(1.2))
        #expect(numbers[3].states(100_000))
        #expect(!numbers[0].states(15.7))
        #expect(CitedNumber.all(in: "was 15.07 per 100,000").map(\.rate) == [.per100k])
        #expect(CitedNumber.all(in: "2020年").map(\.value) == [2020])
    }
}
