import Foundation
import Testing
@testable import Plotting

/// What the charts promise beyond their goldens: descriptions in words, tables, gaps, domains and order.
@Suite struct ChartBehaviourTests {
    @Test func lineDescriptionStatesTheFindingAndTheTarget() {
        let english = Fixtures.coverageLine(chinese: false).summary
        #expect(english.hasPrefix("Line chart: Lanzhou, Linxia Hui Autonomous Prefecture, China, Gansu."))
        #expect(english.contains("Gansu rose from 91.5% in 2015 to 99.2% in 2024."))
        #expect(english.contains("Target ≥ 95%: met in 2024."))
        #expect(!english.contains("Lanzhou rose"), "context lines are not described one by one")
        let chinese = Fixtures.coverageLine(chinese: true).summary
        #expect(chinese.contains("甘肃省从2015年的91.5%上升到2024年的99.2%。"))
        #expect(chinese.contains("目标 ≥95%：2024年已实现。"))
        let mortality = Fixtures.mortalityLine(chinese: false).summary
        #expect(mortality.contains("Gansu fell from 39.4 per 100,000 in 2010 to 15.8 per 100,000 in 2020."))
        #expect(mortality.contains("met in 2020"))
    }

    @Test func lineTableHasARowPerPeriodAndMarksGaps() {
        let table = Fixtures.mortalityLine(chinese: false).table
        #expect(table.caption == "Maternal mortality ratio")
        #expect(table.columns == ["Year", "China", "Gansu"])
        #expect(table.rows.count == 11)
        #expect(table.rows[9] == ["2019", "17.8 per 100,000", "–"])
        let coverage = Fixtures.coverageLine(chinese: false).table
        #expect(coverage.rows.last?.last == "99.2%*", "footnote marks follow the value")
    }

    @Test func estimatedValuesAreDashedAndHollow() {
        let x = LinearScale(domain: (2015, 2017), range: (0, 200))
        let y = LinearScale(domain: (0, 10), range: (100, 0))
        let geometry = LineGeometry(points: Fixtures.years(2015, [1, 2, 3], estimated: [2017]), x: x, y: y)
        let classes = geometry.paths(strokeWidth: 2).compactMap { $0.attributes["class"] }
        #expect(classes == ["line", "line line-estimated"])
        let hollow = geometry.markers(radius: 3, markAll: true, markLast: true, paints: Paints(palette: .okabeIto))
            .filter { ($0.attributes["class"] ?? "").contains("hollow") }
        #expect(hollow.count == 1)
    }

    /// Filled markers are one path of round dots, each drawn as the circle of `radius` was, not an element each.
    @Test func filledMarkersAreOnePathOfDots() {
        let x = LinearScale(domain: (2015, 2018), range: (0, 300))
        let y = LinearScale(domain: (0, 10), range: (100, 0))
        let geometry = LineGeometry(points: Fixtures.years(2015, [1, 2, 3, 4], estimated: [2017]), x: x, y: y)
        let markers = geometry.markers(radius: 2.25, markAll: true, markLast: true, paints: Paints(palette: .okabeIto))
        #expect(markers.map(\.name) == ["path", "circle"], "the estimated value stays a hollow circle")
        let dots = markers[0].attributes
        #expect(dots["d"] == "M0,90h0M100,80h0M300,60h0")
        #expect(dots["stroke-width"] == "4.5" && dots["stroke-linecap"] == "round" && dots["fill"] == "none")
    }

    @Test func targetAndZeroAreInsideTheValueDomain() {
        let layout = LineChartLayout(chart: Fixtures.mortalityLine(chinese: false))
        #expect(layout.yAxis.scale.domain.start == 0, "counts and rates asked from zero start at zero")
        let chart = LineChart(id: "t", title: "t", series: [
            LineSeries(label: "A", role: .primary, points: Fixtures.years(2020, [50, 60])),
        ], target: ChartTarget(value: 95, comparison: .atLeast, label: "Target"))
        let domain = LineChartLayout(chart: chart).yAxis.scale.domain
        #expect(domain.start <= 50 && domain.end >= 95)
    }

    @Test func directLabelsNeverCollide() {
        let close = (0..<6).map { index in
            LineSeries(label: "Region \(index)", role: index == 0 ? .primary : .context,
                       points: Fixtures.years(2020, [50, 60 + Double(index) * 0.1]))
        }
        let layout = LineChartLayout(chart: LineChart(id: "n", title: "n", series: close))
        let boxes = layout.directLabels.map(\.label.box)
        #expect(boxes.count == 6)
        for (index, a) in boxes.enumerated() {
            for b in boxes[(index + 1)...] { #expect(!a.intersects(b)) }
        }
    }

    @Test func moreThanSixLinesGetALegend() {
        let layout = LineChartLayout(chart: Fixtures.fiftyYears())
        #expect(layout.directLabels.isEmpty)
        #expect(layout.legend.map(\.label) == ["Gansu (thousands)", "Other regions"])
    }

    @Test func barsAreSortedAndStartFromZero() {
        let chart = Fixtures.prefectureBars(chinese: false)
        let labels = chart.sortedBars.map(\.label)
        #expect(labels.first == "China")
        #expect(labels.last == "Gannan", "bars without a value come last")
        let ascending = Fixtures.mortalityBars().sortedBars.map(\.label)
        #expect(ascending.first == "Lanzhou")
        let layout = BarChartLayout(chart: chart)
        #expect(layout.scale.domain.start == 0)
        #expect(chart.summary.contains("Gansu: 96.3%, rank 8 of 15."))
        #expect(chart.table.rows.last == ["Gannan", "–"])
    }

    @Test func barChartRoomGrowsForItsNames() {
        var chart = Fixtures.prefectureBars(chinese: true)
        chart.height = 100
        let layout = BarChartLayout(chart: chart)
        #expect(layout.height >= 16 * 24, "a height too small for 16 names is raised")
        #expect(layout.rows.count == 16)
    }

    @Test func mapsDescribeStatusAndMissingData() {
        let summary = Fixtures.statusTiles(chinese: false).summary
        #expect(summary.contains("Target not met: Qingyang, Linxia, Dingxi, Longnan."))
        #expect(summary.contains("No data: Gannan."))
        let values = Fixtures.valueTiles(chinese: true)
        #expect(values.summary.contains("最高为兰州，99.8%"))
        #expect(values.table.rows.first == ["酒泉", "98.7%"])
        #expect(values.svg().contains(">无数据<"), "no data is said in words on the map")
    }

    @Test func mapClassesUseRoundBreaks() {
        let coloring = MapColoring(fills: [.value(91.2), .value(99.8), .value(95)], palette: .okabeIto, hatchID: "h")
        #expect(coloring.breaks == [90, 92, 94, 96, 98, 100])
        #expect(coloring.classIndex(91.2) == 0)
        #expect(coloring.classIndex(99.8) == 4)
        #expect(coloring.style(for: .noData).fill == "url(#h)")
    }

    @Test func badGeoJSONIsATypedError() {
        #expect(throws: GeoJSONError.self) {
            try ChoroplethMap(id: "g", title: "g", geoJSON: Data("{".utf8), featureIDProperty: "code", areas: [])
        }
        let point = Data(#"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}"#.utf8)
        do {
            _ = try ChoroplethMap(id: "g", title: "g", geoJSON: point, featureIDProperty: "code", areas: [])
            Issue.record("a Point cannot be drawn as an area")
        } catch {
            #expect(error.path == "geometry.type")
        }
    }

    @Test func idsArePrefixedAndSafe() {
        #expect(ChartID("c3")("title") == "c3-title")
        #expect(ChartID("3 charts")("desc") == "c3-charts-desc")
        let svg = LineChart(id: "x\"y", title: "<b>", series: []).svg()
        #expect(svg.contains("aria-labelledby=\"x-y-title\""))
        #expect(svg.contains("&lt;b&gt;"))
        #expect(SVGTree.parse(svg) != nil, "an empty chart is still a valid SVG")
    }

    @Test func sparklineAndSmallMultiplesDescribeTheirLines() {
        #expect(Fixtures.sparkline().summary == "Gansu, hospital delivery rate rose from 91.5% in 2015 to 98.1% in 2021. "
            + "Gansu, hospital delivery rate: no data between 2016 and 2018.")
        let multiples = Fixtures.smallMultiples(chinese: false)
        #expect(multiples.summary.hasPrefix("8 small line charts on one shared scale."))
        #expect(multiples.table.columns.count == 9)
    }
}
