import SiteModel
import Testing
@testable import SitePages

/// The step a chart is told, so it can tell a missing period from the next one.
@Suite struct PeriodChartStepTests {
    private func step(_ texts: [String]) -> Double? { texts.compactMap(Period.init).chartStep }

    @Test func eachKindOfPeriodHasItsStep() {
        #expect(step(["2012", "2020"]) == 1)
        #expect(step(["2019/2020", "2021/2022"]) == 1)
        #expect(step(["2020-Q1", "2020-Q3"]) == 0.25)
        #expect(step(["2020-01", "2020-03"]) == 1.0 / 12)
        #expect(step(["2011-2015", "2016-2020"]) == 5)
    }

    @Test func unevenRangesAndMixedKindsHaveNone() {
        #expect(step(["2011-2015", "2016-2017"]) == nil)
        #expect(step(["2020", "2021-Q1"]) == nil)
        #expect(step([]) == nil)
    }
}
