import Foundation
import Testing
@testable import Plotting

/// A line never crosses periods without a value as if they were measured: the gap is bridged by a thin dotted
/// connector with its own class, explained in the chart's note and description, and the table keeps it empty.
@Suite struct GapTests {
    let x = LinearScale(domain: (2015, 2018), range: (0, 300))
    let y = LinearScale(domain: (0, 10), range: (100, 0))
    let paints = Paints(palette: .okabeIto)

    private func paths(_ points: [LinePoint], step: Double? = nil, x: LinearScale? = nil) -> [String: String] {
        let elements = LineGeometry(points: points, x: x ?? self.x, y: y, step: step).paths(strokeWidth: 2)
        var result: [String: String] = [:]
        for element in elements {
            result[element.attributes["class"] ?? ""] = element.attributes["d"]
        }
        return result
    }

    private func attribute(_ element: XMLNode, _ name: String) -> String? {
        element.attributes[name]
    }

    /// The x of every marked value: the dots of the markers' path (`M x,y h0`) and the hollow circles' centres.
    private func markedXs(_ markers: [XMLNode]) -> [String] {
        markers.flatMap { marker -> [String] in
            if let cx = attribute(marker, "cx") { return [cx] }
            return (attribute(marker, "d") ?? "").split(separator: "M").map { String($0.prefix { $0 != "," }) }
        }
    }

    @Test func aPointWithoutValueSplitsTheLineAndIsBridgedByDots() {
        let points = Fixtures.years(2015, [1, 2, nil, 4])
        let elements = LineGeometry(points: points, x: x, y: y).paths(strokeWidth: 2)
        #expect(elements.count == 2)
        #expect(attribute(elements[0], "class") == "line")
        #expect(attribute(elements[0], "d") == "M0,90L100,80", "no solid segment reaches across the gap to 2018")
        #expect(attribute(elements[1], "class") == "line line-gap")
        #expect(attribute(elements[1], "d") == "M100,80L300,60")
        #expect(attribute(elements[1], "stroke-dasharray") == "0 4", "round dots, unlike estimated dashes")
        #expect(attribute(elements[1], "stroke-linecap") == "round")
        #expect(Double(attribute(elements[1], "stroke-width") ?? "") ?? 9 < 2, "thinner than the line")
    }

    @Test func aMissingPeriodOfARegularSeriesIsAGap() {
        let points = [LinePoint(x: 2012, y: 1), LinePoint(x: 2013, y: 2), LinePoint(x: 2020, y: 3)]
        let wide = LinearScale(domain: (2012, 2020), range: (0, 800))
        let yearly = paths(points, step: 1, x: wide)
        #expect(yearly["line"] == "M0,90L100,80")
        #expect(yearly["line line-gap"] == "M100,80L800,70", "2013 to 2020 skips six years")
        let unknown = paths(points, x: wide)
        #expect(unknown["line"] == "M0,90L100,80L800,70", "without a step only points without a value are gaps")
        #expect(unknown["line line-gap"] == nil)
        let quarters = [LinePoint(x: 2020, y: 1), LinePoint(x: 2020.25, y: 2), LinePoint(x: 2020.75, y: 3)]
        #expect(paths(quarters, step: 0.25)["line line-gap"] != nil, "the third quarter is missing")
        let months = (0..<12).map { LinePoint(x: 2020 + Double($0) / 12, y: Double($0)) }
        #expect(paths(months, step: 1.0 / 12)["line line-gap"] == nil, "twelve months in a row have no gap")
    }

    @Test func withoutGapsThePathIsExactlyTheOldOne() {
        let points = Fixtures.years(2015, [1, 2, 3, 4])
        let elements = LineGeometry(points: points, x: x, y: y, step: 1).paths(strokeWidth: 2)
        #expect(elements.count == 1)
        #expect(attribute(elements[0], "d") == "M0,90L100,80L200,70L300,60")
        let markers = LineGeometry(points: points, x: x, y: y, step: 1)
            .markers(radius: 3, markAll: false, markLast: false, paints: paints)
        #expect(markers.isEmpty)
    }

    @Test func irregularValuesAreDrawnAsPointsJoinedByDots() {
        let points = [LinePoint(x: 2012, y: 1), LinePoint(x: 2016, y: 2), LinePoint(x: 2020, y: 3)]
        let scale = LinearScale(domain: (2012, 2020), range: (0, 800))
        let geometry = LineGeometry(points: points, x: scale, y: y, step: 1)
        let found = paths(points, step: 1, x: scale)
        #expect(found["line"] == nil, "no value is joined by a solid line")
        #expect(found["line line-gap"] == "M0,90L400,80L800,70")
        let markers = geometry.markers(radius: 3, markAll: false, markLast: false, paints: paints)
        #expect(markedXs(markers) == ["0", "400", "800"], "every value is a visible point")
    }

    @Test func aValueStandingAloneGetsAMarker() {
        let points = Fixtures.years(2015, [1, nil, 3, 4])
        let markers = LineGeometry(points: points, x: x, y: y)
            .markers(radius: 3, markAll: false, markLast: false, paints: paints)
        #expect(markedXs(markers) == ["0", "200"], "the lone 2015 value and the 2017 value at the bridge's end are marked")
    }

    static func gapChart(chinese: Bool) -> LineChart {
        LineChart(id: "g", title: "t", series: [
            LineSeries(label: chinese ? "甘肃省" : "Gansu", role: .primary, points: [
                LinePoint(x: 2012, label: chinese ? "2012年" : "2012", y: 98.3),
                LinePoint(x: 2020, label: chinese ? "2020年" : "2020", y: 99.9),
            ], step: 1),
        ], format: chinese ? Fixtures.percentZH : Fixtures.percentEN, strings: chinese ? .chinese : .english)
    }

    @Test func theDescriptionAndTheNoteSayWhereDataAreMissing() throws {
        let english = Self.gapChart(chinese: false)
        #expect(english.hasGaps)
        #expect(english.summary.contains("Gansu: no data between 2012 and 2020."))
        let svg = english.svg()
        #expect(svg.contains("class=\"note note-gap\""))
        #expect(svg.contains(">Dotted line: no data in between<"))
        let chinese = Self.gapChart(chinese: true)
        #expect(chinese.summary.contains("甘肃省：2012年至2020年之间无数据。"))
        #expect(chinese.svg().contains(">点线：其间各期无数据<"))
        var whole = english
        whole.series[0].step = nil
        #expect(!whole.hasGaps)
        #expect(!whole.svg().contains("note-gap"), "no note without a gap")
    }

    @Test func theTableKeepsTheGapEmpty() {
        let chart = LineChart(id: "t", title: "t", series: [
            LineSeries(label: "Gansu", role: .primary, points: Fixtures.years(2018, [98.5, nil, 99.6]), step: 1),
        ], format: Fixtures.percentEN)
        #expect(chart.table.rows == [["2018", "98.5%"], ["2019", "–"], ["2020", "99.6%"]])
    }

    @Test func sparklinesAndSmallMultiplesBridgeGapsToo() {
        let points = [LinePoint(x: 2012, y: 98.3), LinePoint(x: 2020, y: 99.9), LinePoint(x: 2021, y: 99.9)]
        let spark = Sparkline(id: "s", title: "Gansu", points: points, step: 1, format: Fixtures.percentEN)
        #expect(spark.hasGaps)
        #expect(spark.svg().contains("class=\"line line-gap\""))
        #expect(spark.summary.contains("Gansu: no data between 2012 and 2020."))
        let grid = SmallMultiples(id: "m", title: "t", panels: [
            SmallMultiplesPanel(title: "Gansu", series: [LineSeries(label: "Gansu", role: .primary, points: points, step: 1)]),
        ], format: Fixtures.percentEN)
        let svg = grid.svg()
        #expect(svg.contains("class=\"line line-gap\""))
        #expect(svg.contains("note-gap"))
        #expect(grid.summary.contains("Gansu: no data between 2012 and 2020."))
    }
}
