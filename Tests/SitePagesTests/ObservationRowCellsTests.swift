import SiteModel
@testable import SitePages
import Testing

/// The every-value table lays each region's sorted series along the table's periods in one walk
/// (`ObservationRow.cells`, `ObservationRow.periods`); these tests hold the walk to the plain computation it
/// replaced: a set of every period, sorted, and a dictionary by period per region, the last observation of a
/// period winning.
@Suite struct ObservationRowCellsTests {
    /// Series as `HeadlineIndex` gives them (sorted by period, a period repeated where a file repeats it), with
    /// gaps, empty series, periods of several kinds and regions sharing or not their periods.
    static func seriesSets() -> [[[Observation]]] {
        let texts = ["2015", "2016", "2017", "2018", "2019", "2020", "2020-Q1", "2020-03", "2019/2020", "2017-2019"]
        let all = texts.compactMap(Period.init)
        var generator = SplitMix(seed: 7)
        var sets: [[[Observation]]] = [[], [[]], [[], []]]
        for _ in 0..<300 {
            let regionCount = generator.next(upTo: 6)
            let shared = all.filter { _ in generator.next(upTo: 3) > 0 }
            var set: [[Observation]] = []
            for region in 0..<regionCount {
                let periods = generator.next(upTo: 3) == 0 ? all.filter { _ in generator.next(upTo: 2) == 0 } : shared
                var series: [Observation] = []
                for period in periods {
                    for copy in 0...(generator.next(upTo: 5) == 0 ? 1 : 0) {
                        series.append(
                            Observation(
                                region: RegionCode("r\(region)"), period: period,
                                value: DecimalValue("\(series.count).\(copy)"), line: series.count))
                    }
                }
                set.append(series.sorted { $0.period < $1.period })
            }
            sets.append(set)
        }
        return sets
    }

    @Test func periodsAreTheSortedDistinctPeriodsOfEverySeries() {
        for set in Self.seriesSets() {
            let plain = Set(set.flatMap { $0.map(\.period) }).sorted()
            #expect(ObservationRow.periods(of: set) == plain)
        }
    }

    @Test func cellsAreTheSeriesByPeriodLastObservationWinning() {
        for set in Self.seriesSets() {
            let periods = Set(set.flatMap { $0.map(\.period) }).sorted()
            for series in set {
                var byPeriod: [Period: Observation] = [:]
                for observation in series { byPeriod[observation.period] = observation }
                let cells = ObservationRow.cells(series, in: periods)
                #expect(cells.map { $0?.line } == periods.map { byPeriod[$0]?.line })
                #expect(cells.map { $0?.value } == periods.map { byPeriod[$0]?.value })
            }
        }
    }
}

/// A small deterministic generator, so a failure repeats.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return bound <= 0 ? 0 : Int(z % UInt64(bound))
    }
}
