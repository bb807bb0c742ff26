/// Where everything of a bar chart goes: a label gutter as wide as the longest name (names wrap rather than
/// shrink or rotate), one row per bar, rule labels stacked above the plot, value labels right of the bars.
struct BarChartLayout {
    struct Row {
        var bar: Bar
        /// Position in `BarChartData`'s lists.
        var index: Int
        var nameLines: [String]
        var top: Double
        var height: Double
    }

    let rows: [Row]
    let plot: Rect
    let scale: LinearScale
    let height: Double
    let fontSize: Double
    let barThickness: Double
    let ruleLabels: [TextLabel]

    init(chart: BarChart) { self.init(chart: chart, data: BarChartData(chart: chart)) }

    init(chart: BarChart, data: BarChartData) {
        let fontSize = chart.style.fontSize
        self.fontSize = fontSize
        let sorted = data.sorted
        let gutterLimit = chart.width * 0.35
        let names = sorted.map { bar in
            TextMetrics.wrap(bar.label, maxWidth: gutterLimit, fontSize: fontSize)
        }
        let gutter = zip(sorted, names).map { bar, lines in
            (lines.map { TextMetrics.width(of: $0, fontSize: fontSize) }.max() ?? 0) * (bar.role == .context ? 1 : 1.06)
        }.max() ?? 0
        let valueWidth = data.valueWidth

        let rules: [(Double, String)] = [chart.target.map { ($0.value, $0.label) }, chart.reference.map { ($0.value, $0.label) }]
            .compactMap { $0 }
        let top = fontSize * 0.5 + Double(rules.count) * fontSize * 1.5
        let baseRow = max(fontSize * 2, 24)
        var rowTops: [Double] = []
        var rowHeights: [Double] = []
        var y = top
        for lines in names {
            let rowHeight = max(baseRow, Double(lines.count) * TextMetrics.lineHeight * fontSize + 8)
            rowTops.append(y)
            rowHeights.append(rowHeight)
            y += rowHeight
        }
        let needed = y + 6
        let height = max(chart.height ?? needed, needed)
        self.height = height
        let stretch = sorted.isEmpty ? 1 : (height - 6 - top) / (y - top)
        rows = sorted.indices.map { index in
            Row(bar: sorted[index], index: index, nameLines: names[index], top: top + (rowTops[index] - top) * stretch,
                height: rowHeights[index] * stretch)
        }
        barThickness = min(baseRow * stretch * 0.68, 28)

        let values = sorted.compactMap(\.value) + rules.map(\.0)
        let hasNegative = values.contains { $0 < 0 }
        let left = gutter + 10 + (hasNegative ? valueWidth + 6 : 0)
        let right = valueWidth + 8
        let plot = Rect(x: left, y: top, width: max(chart.width - left - right, 40), height: height - 6 - top)
        self.plot = plot
        let low = min(values.min() ?? 0, 0)
        let high = max(values.max() ?? 1, 0)
        let count = max(2, Int(plot.width / 80))
        scale = LinearScale(domain: (low, high == low ? low + 1 : high), range: (plot.minX, plot.maxX)).niced(count: count)

        var labels: [TextLabel] = []
        for (offset, rule) in rules.enumerated() {
            let y = top - Double(rules.count - offset) * fontSize * 1.5 + fontSize * 0.5
            var label = TextLabel(lines: [rule.1], x: scale(rule.0), y: y, fontSize: fontSize, anchor: .middle,
                                  baseline: .hanging, className: offset == 0 && chart.target != nil
                                      ? "target-label" : "reference-label", halo: true)
            let half = label.width / 2
            label.x = min(max(label.x, half + 1), chart.width - half - 1)
            labels.append(label)
        }
        ruleLabels = labels
    }
}
