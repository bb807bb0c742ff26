import Testing
@testable import Plotting

/// The table under a line chart finds each point's row by a binary search and skips the sort of series already
/// in time order; its rows must be those of the plain way: sort every series, then scan it for each cell.
@Suite struct LineTableRowsTests {
    /// The rows as they were found before: a dictionary of labels, and a scan of the series for every cell.
    static func plainRows(_ series: [LineSeries], format: ValueFormat, strings: ChartStrings) -> [[String]] {
        let sortedSeries = series.map { LineSeries.sortedByTime($0.points) }
        var labels: [Double: String] = [:]
        for points in sortedSeries {
            for point in points where labels[point.x] == nil { labels[point.x] = point.label }
        }
        return labels.keys.sorted().map { x in
            [labels[x] ?? ""] + sortedSeries.map { points in
                guard let point = points.last(where: { $0.x == x }), let value = point.value else {
                    return strings.missingValue
                }
                return format.format(value) + (point.footnote ?? "")
            }
        }
    }

    static func randomSeries(_ generator: inout some RandomNumberGenerator) -> [LineSeries] {
        (0..<Int.random(in: 1...6, using: &generator)).map { index in
            var points = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                let year = Double(Int.random(in: 2010...2020, using: &generator))
                let x = Bool.random(using: &generator) ? year : year + Double(Int.random(in: 0...3, using: &generator)) / 4
                let y: Double? = Int.random(in: 0..<8, using: &generator) == 0 ? nil
                    : Double(Int.random(in: -5000...5000, using: &generator)) / 100
                return LinePoint(x: x, label: "p\(x)-\(index)", y: y,
                                 footnote: Int.random(in: 0..<5, using: &generator) == 0 ? "*" : nil)
            }
            if Bool.random(using: &generator) { points.sort { $0.x < $1.x } }
            if Int.random(in: 0..<6, using: &generator) == 0 { points.append(LinePoint(x: .nan, label: "nan", y: 1)) }
            return LineSeries(label: "s\(index)", points: points)
        }
    }

    @Test func rowsEqualThePlainScan() {
        var generator = SystemRandomNumberGenerator()
        let format = ValueFormat(decimals: 1, suffix: "%")
        for _ in 0..<400 {
            let series = Self.randomSeries(&generator)
            let rows = LineTableCells(series: series, format: format, strings: .english).rows
            #expect(rows == Self.plainRows(series, format: format, strings: .english))
        }
    }

    @Test func sortedPointsEqualTheStableSort() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            for series in Self.randomSeries(&generator) {
                #expect(series.sortedPoints == LineSeries.sortedByTime(series.points))
            }
        }
        let repeated = LineSeries(label: "r", points: [LinePoint(x: 2020, label: "a", y: 1),
                                                       LinePoint(x: 2020, label: "b", y: 2)])
        #expect(repeated.sortedPoints.map(\.label) == ["a", "b"], "equal x keep their order")
    }

    @Test func laterPointAtTheSameTimeFillsTheCell() {
        let series = [LineSeries(label: "a", points: [LinePoint(x: 2020, label: "2020", y: 1),
                                                      LinePoint(x: 2020, label: "again", y: nil),
                                                      LinePoint(x: 2019, label: "2019", y: 3)])]
        let rows = LineTableCells(series: series, format: ValueFormat(), strings: .english).rows
        #expect(rows == [["2019", "3"], ["2020", ChartStrings.english.missingValue]])
    }
}

/// Bars handed over in display order are not sorted again; the order must be the one sorting gives.
@Suite struct SortedBarsTests {
    @Test func sortedBarsEqualTheSort() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var bars = (0..<Int.random(in: 0...8, using: &generator)).map { index in
                Bar(label: "b\(index)", value: Int.random(in: 0..<5, using: &generator) == 0 ? nil
                        : Double(Int.random(in: 0...4, using: &generator)))
            }
            let order: BarOrder = Bool.random(using: &generator) ? .descending : .ascending
            if Bool.random(using: &generator) {
                bars = BarChart(id: "s", title: "t", bars: bars, order: order).sortedByValue
            }
            let chart = BarChart(id: "b", title: "t", bars: bars, order: order)
            #expect(chart.sortedBars.map(\.label) == chart.sortedByValue.map(\.label))
        }
    }
}
