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

/// A page's wide and narrow copies, drawn together from what they share, are the copies each draws alone.
@Suite struct WideAndNarrowTests {
    @Test(arguments: [false, true])
    func bothCopiesDrawAsEachAlone(_ chinese: Bool) {
        let lines = [Fixtures.coverageLine(chinese: chinese), Fixtures.gapLine(chinese: chinese), Fixtures.quarters(),
                     Fixtures.fiftyYears()]
        for line in lines {
            let summary = line.summary
            let pair = line.svgs(summary: summary, narrowID: line.id + "n", narrowWidth: 360, narrowHeight: 300)
            var narrow = line
            narrow.id += "n"
            narrow.width = 360
            narrow.height = 300
            #expect(pair.wide == line.svg(summary: summary))
            #expect(pair.narrow == narrow.svg(summary: summary))
        }
        for bars in [Fixtures.prefectureBars(chinese: chinese), Fixtures.mortalityBars()] {
            let summary = bars.summary
            let pair = bars.svgs(summary: summary, narrowID: bars.id + "n", narrowWidth: 360)
            var narrow = bars
            narrow.id += "n"
            narrow.width = 360
            #expect(pair.wide == bars.svg(summary: summary))
            #expect(pair.narrow == narrow.svg(summary: summary))
        }
        for map in [Fixtures.valueTiles(chinese: chinese), Fixtures.longValueTiles(chinese: chinese),
                    Fixtures.statusTiles(chinese: chinese)] {
            let summary = map.summary
            // 640 and 360 px give tiles of different sizes on these grids; 700 gives the same (110 px) as 640.
            for narrowWidth in [360.0, 700] {
                let pair = map.svgs(summary: summary, narrowID: map.id + "n", narrowWidth: narrowWidth)
                var narrow = map
                narrow.id += "n"
                narrow.width = narrowWidth
                #expect(pair.wide == map.svg(summary: summary))
                #expect(pair.narrow == narrow.svg(summary: summary))
                #expect(pair.narrow.contains("url(#\(map.id)n-no-data)") || !pair.wide.contains("url(#"),
                        "each copy's hatching is its own")
            }
        }
    }
}
