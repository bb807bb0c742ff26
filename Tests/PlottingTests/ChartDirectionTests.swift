import Foundation
import Testing

@testable import Plotting

/// Right-to-left charts (Arabic): the same geometry, every text written right to left and anchored where the
/// left-to-right label was, and a root direction that a right-to-left page cannot override.
@Suite struct ChartDirectionTests {
    private func chart(_ direction: TextDirection) -> String {
        let series = [
            LineSeries(label: "المغرب", role: .primary, points: Fixtures.years(2015, [-1.5, 2.0, 3.5])),
            LineSeries(label: "تونس", role: .comparator, points: Fixtures.years(2015, [1.0, 1.5, 2.5])),
        ]
        return LineChart(
            id: "c1", title: "معدل النمو", series: series, format: Fixtures.percentEN,
            style: ChartStyle(direction: direction)
        ).svg()
    }

    private func anchors(_ svg: String) -> [String] {
        svg.split(separator: "\n").filter { $0.contains("<text") }.map { line in
            if line.contains("text-anchor=\"end\"") { return "end" }
            if line.contains("text-anchor=\"middle\"") { return "middle" }
            return "start"
        }
    }

    @Test func rightToLeftSwapsEveryStartAndEndAndKeepsTheGeometry() {
        let ltr = chart(.leftToRight)
        let rtl = chart(.rightToLeft)
        #expect(!ltr.contains("direction="))
        #expect(rtl.contains("direction=\"rtl\""))
        let swapped = anchors(ltr).map { $0 == "start" ? "end" : $0 == "end" ? "start" : $0 }
        #expect(anchors(rtl) == swapped)
        #expect(anchors(ltr).contains("start") && anchors(ltr).contains("end"), "the chart has labels of both kinds")
        let positions = { (svg: String) in svg.matches(of: #/ x="[0-9.]+" y="[0-9.]+"/#).map { String($0.output) } }
        #expect(positions(ltr) == positions(rtl), "no label moves")
    }

    /// In right-to-left text a bare `99.4%` shows as `%99.4`; each value is isolated instead.
    @Test func isolatedValuesAreWrappedAndStillLoseTheirUnitOnTiles() {
        let format = ValueFormat(numbers: .english, decimals: 1, suffix: "%", isolated: true)
        #expect(format.format(99.4) == "\u{2068}99.4%\u{2069}")
        #expect(format.format(-5, decimals: 0, withUnit: false) == "\u{2068}-5\u{2069}")
        #expect(format.droppingUnit(from: format.format(99.4)) == "\u{2068}99.4\u{2069}")
        #expect(Fixtures.percentEN.format(99.4) == "99.4%", "left to right, nothing added")
    }
}
