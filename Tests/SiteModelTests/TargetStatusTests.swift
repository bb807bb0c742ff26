import SiteModel
import Testing

@Suite struct TargetStatusTests {
    private func series(_ values: [(String, String?)]) -> [Observation] {
        values.map { period, value in
            Observation(region: "620000", period: Period(period)!, value: value.flatMap(DecimalValue.init))
        }
    }

    @Test func thresholdIsJudgedOnTheLatestValue() {
        let target = Target(op: .atLeast, value: DecimalValue("95"))
        #expect(target.status(of: series([("2019", "96"), ("2020", "94.9")])) == .notMet)
        #expect(target.status(of: series([("2020", "95"), ("2019", "80")])) == .met, "order of rows does not matter")
        #expect(Target(op: .above, value: DecimalValue("95")).status(of: series([("2020", "95")])) == .notMet)
        #expect(Target(op: .atMost, value: DecimalValue("18")).status(of: series([("2020", "15.07")])) == .met)
        #expect(Target(op: .below, value: DecimalValue("18")).status(of: series([("2020", "18")])) == .notMet)
    }

    @Test func increaseComparesWithThePreviousAvailableValueSkippingGaps() {
        let target = Target(op: .increase)
        #expect(target.status(of: series([("2018", "5"), ("2019", nil), ("2020", "6")])) == .met)
        #expect(target.status(of: series([("2018", "7"), ("2019", nil), ("2020", "6")])) == .notMet)
        #expect(target.status(of: series([("2020", "6")])) == .noData, "one value is nothing to compare")
        #expect(Target(op: .decrease).status(of: series([("2017", "14.45"), ("2020", "15.07")])) == .notMet)
    }

    @Test func noValuesMeansNoData() {
        let indicator = Indicator(
            id: "x", topic: "t", name: Localized(), unit: "percent", target: Target(op: .atLeast, value: DecimalValue("1")),
            location: SourceLocation(file: "indicators.csv"))
        #expect(indicator.status(of: series([("2020", nil)])) == .noData)
        var withoutTarget = indicator
        withoutTarget.target = nil
        #expect(withoutTarget.status(of: series([("2020", "3")])) == .noTarget)
        #expect(withoutTarget.status(of: []) == .noData)
    }
}
