import SiteModel
import Testing

@Suite struct HeadlineTests {
    private func data(_ rows: [(String, String, [String: String])], dimensions: [String]) -> IndicatorData {
        IndicatorData(
            indicator: "x", dimensionNames: dimensions,
            observations: rows.map { region, period, dims in
                Observation(region: RegionCode(region), period: Period(period)!, value: DecimalValue("1"), dimensions: dims)
            }, file: "data/x.csv")
    }

    @Test func totalsAreTheHeadlineWhereThereAreAny() {
        let data = data(
            [("620000", "2020", [:]), ("620000", "2020", ["area": "urban"]), ("620000", "2019", ["area": "rural"])],
            dimensions: ["area"])
        #expect(data.headlineSelection([:]) == ["area": ""])
        #expect(data.headline([:]).count == 1)
    }

    @Test func firstValueInFileOrderWithoutTotals() {
        let data = data(
            [("620000", "2020", ["sex": "female"]), ("620000", "2020", ["sex": "male"])], dimensions: ["sex"])
        #expect(data.headlineSelection([:]) == ["sex": "female"])
    }

    @Test func configuredHeadlineWins() {
        let data = data(
            [("620000", "2020", [:]), ("620000", "2020", ["area": "rural"]), ("620000", "2021", ["area": "rural"])],
            dimensions: ["area"])
        #expect(data.headlineSeries(for: "620000", ["area": "rural"]).map(\.period.text) == ["2020", "2021"])
    }
}
