/// What a line chart draws that does not depend on its size: the points in time order and how they join, the
/// values the axis must hold, the periods and their labels, the texts of the last values, the colours. A page
/// draws each chart wide and narrow; both layouts take these from one `LineChartData`.
struct LineChartData {
    struct LastValue {
        var x: Double
        var value: Double
        /// The value as its direct label writes it.
        var text: String
    }

    let sorted: [[LinePoint]]
    let joins: [[LineJoin]]
    /// Every value, then the target's: what the value axis must show.
    let values: [Double]
    /// The label of each x of the data, from the first point there.
    let xLabels: [Double: String]
    /// The x of the data, in order.
    let xs: [Double]
    /// Each series' last value, where the series is labelled directly (none when a legend names them).
    let lastValues: [LastValue?]
    /// Index among comparators of each series, so each keeps its colour.
    let comparatorIndex: [Int]
    let colours: [(mark: Paint, label: Paint, className: String)]
    let hasEstimated: Bool
    let hasGaps: Bool

    init(chart: LineChart) {
        let sorted = chart.series.map(\.sortedPoints)
        self.sorted = sorted
        let joins = zip(chart.series, sorted).map { LineJoin.joins($1, step: $0.step) }
        self.joins = joins
        var values = sorted.flatMap { $0.compactMap(\.value) }
        if let target = chart.target { values.append(target.value) }
        self.values = values
        var xLabels: [Double: String] = [:]
        for points in sorted { for point in points where xLabels[point.x] == nil { xLabels[point.x] = point.label } }
        self.xLabels = xLabels
        xs = xLabels.keys.sorted()
        let usesLegend = chart.series.count > LineChart.maximumDirectLabels
        lastValues = sorted.map { points in
            guard !usesLegend, let last = points.last(where: { $0.value != nil }), let value = last.value else {
                return nil
            }
            return LastValue(x: last.x, value: value, text: chart.format.format(value))
        }
        var comparators = 0
        let comparatorIndex = chart.series.map { series in
            defer { if series.role == .comparator { comparators += 1 } }
            return series.role == .comparator ? comparators : 0
        }
        self.comparatorIndex = comparatorIndex
        let paints = Paints(palette: chart.style.palette)
        colours = paints.series(zip(chart.series, comparatorIndex).map { ($0.role, $1) })
        hasEstimated = sorted.joined().contains { $0.isEstimated && $0.value != nil }
        hasGaps = joins.contains { $0.contains(where: \.bridgesGap) }
    }
}
