import Foundation
import Testing
@testable import Plotting

/// Every chart type in Chinese and English, compared with its golden file and checked for structure.
@Suite struct GoldenTests {
    static let cases: [(name: String, svg: @Sendable () -> String)] = [
        ("line-coverage.zh.svg", { Fixtures.coverageLine(chinese: true).svg() }),
        ("line-coverage.en.svg", { Fixtures.coverageLine(chinese: false).svg() }),
        ("line-mortality.zh.svg", { Fixtures.mortalityLine(chinese: true).svg() }),
        ("line-mortality.en.svg", { Fixtures.mortalityLine(chinese: false).svg() }),
        ("line-gaps.zh.svg", { Fixtures.gapLine(chinese: true).svg() }),
        ("line-gaps.en.svg", { Fixtures.gapLine(chinese: false).svg() }),
        ("line-gaps-narrow.en.svg", {
            var chart = Fixtures.gapLine(chinese: false)
            chart.id = "gap3"
            chart.width = 360
            chart.height = 300
            return chart.svg()
        }),
        ("sparkline-gaps.en.svg", { Fixtures.gapSparkline().svg() }),
        ("line-one-point.en.svg", { Fixtures.onePoint().svg() }),
        ("line-two-points.en.svg", { Fixtures.twoPoints().svg() }),
        ("line-fifty-years.en.svg", { Fixtures.fiftyYears().svg() }),
        ("line-quarters.en.svg", { Fixtures.quarters().svg() }),
        ("bar-prefectures.zh.svg", { Fixtures.prefectureBars(chinese: true).svg() }),
        ("bar-prefectures.en.svg", { Fixtures.prefectureBars(chinese: false).svg() }),
        ("bar-mortality.en.svg", { Fixtures.mortalityBars().svg() }),
        ("line-narrow.zh.svg", { Fixtures.narrowLine().svg() }),
        ("sparkline.en.svg", { Fixtures.sparkline().svg() }),
        ("tile-values.zh.svg", { Fixtures.valueTiles(chinese: true).svg() }),
        ("tile-values.en.svg", { Fixtures.valueTiles(chinese: false).svg() }),
        ("tile-long-values.zh.svg", { Fixtures.longValueTiles(chinese: true).svg() }),
        ("tile-long-values.en.svg", { Fixtures.longValueTiles(chinese: false).svg() }),
        ("tile-status.zh.svg", { Fixtures.statusTiles(chinese: true).svg() }),
        ("tile-status.en.svg", { Fixtures.statusTiles(chinese: false).svg() }),
        ("choropleth.zh.svg", { (try? Fixtures.choropleth(chinese: true).svg()) ?? "" }),
        ("choropleth.en.svg", { (try? Fixtures.choropleth(chinese: false).svg()) ?? "" }),
        ("small-multiples.zh.svg", { Fixtures.smallMultiples(chinese: true).svg() }),
        ("small-multiples.en.svg", { Fixtures.smallMultiples(chinese: false).svg() }),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesGolden(name: String) throws {
        let svg = Self.cases.first { $0.name == name }!.svg()
        try Golden.check(svg, name: name)
    }

    /// Two child processes render every golden; both must match each other and this process byte for byte.
    /// In a child (`GoldenProcess.outputFolder` set) the test only writes the SVGs.
    @Test func isDeterministicAcrossProcesses() throws {
        if let folder = GoldenProcess.outputFolder {
            for (name, svg) in Self.cases { try Data(svg().utf8).write(to: folder.appendingPathComponent(name)) }
            return
        }
        let first = try GoldenProcess.render()
        let second = try GoldenProcess.render()
        #expect(first.count == Self.cases.count)
        for (name, svg) in Self.cases {
            let sameInChildren = first[name] == second[name]
            let sameHere = first[name] == svg()
            #expect(sameInChildren, "\(name) differs between two processes")
            #expect(sameHere, "\(name) differs between a child process and this one")
        }
    }
}
