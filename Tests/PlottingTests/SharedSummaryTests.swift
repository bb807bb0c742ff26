import Testing
@testable import Plotting

/// A page draws each chart wide and narrow and writes the summary (`<desc>`) once for both: it must not depend on
/// the chart's size, and a chart given its summary must draw as it does alone.
@Suite struct SharedSummaryTests {
    @Test(arguments: [false, true])
    func aChartsSummaryIsTheSameAtEverySizeAndDrawsAsItself(_ chinese: Bool) {
        for var line in [Fixtures.coverageLine(chinese: chinese), Fixtures.gapLine(chinese: chinese)] {
            let summary = line.summary
            #expect(line.svg(summary: summary) == line.svg())
            line.width = 360
            line.height = 300
            #expect(line.summary == summary)
        }
        var bars = Fixtures.prefectureBars(chinese: chinese)
        let barSummary = bars.summary
        #expect(bars.svg(summary: barSummary) == bars.svg())
        bars.width = 360
        #expect(bars.summary == barSummary)
        for var map in [Fixtures.valueTiles(chinese: chinese), Fixtures.longValueTiles(chinese: chinese)] {
            let mapSummary = map.summary
            #expect(map.svg(summary: mapSummary) == map.svg())
            map.width = 360
            #expect(map.summary == mapSummary)
        }
    }
}
