/// What a bar chart draws that does not depend on its width: the bars in order, their value texts and the
/// room the widest takes, their colours. A page draws each chart wide and narrow; both layouts take these from
/// one `BarChartData`.
struct BarChartData {
    let sorted: [Bar]
    /// What each bar's value label says (`BarChart.valueText`).
    let valueTexts: [String]
    /// The widest value label, bold.
    let valueWidth: Double
    let colours: [(mark: Paint, label: Paint, className: String)]

    init(chart: BarChart) {
        let sorted = chart.sortedBars
        self.sorted = sorted
        let valueTexts = sorted.map(chart.valueText)
        self.valueTexts = valueTexts
        let fontSize = chart.style.fontSize
        valueWidth = valueTexts.map { TextMetrics.width(of: $0, fontSize: fontSize) * 1.06 }.max() ?? 0
        let paints = Paints(palette: chart.style.palette)
        var comparators = 0
        colours = paints.series(sorted.map { bar in
            defer { if bar.role == .comparator { comparators += 1 } }
            return (bar.role, bar.role == .comparator ? comparators : 0)
        })
    }
}
