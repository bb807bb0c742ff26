/// Where everything of a line chart goes. Margins come from what the labels need: the top and bottom from text
/// heights, the left from the widest y label, the right from the widest direct label; the plot takes the rest.
struct LineChartLayout {
    struct DirectLabel {
        var seriesIndex: Int
        var label: TextLabel
        /// From the line's last point to the label, when the label had to move away from it.
        var leader: Segment?
    }

    struct Segment {
        var x1: Double
        var y1: Double
        var x2: Double
        var y2: Double
    }

    struct LegendEntry {
        var label: String
        var role: SeriesRole
        var comparatorIndex: Int
        var x: Double
        var y: Double
    }

    let plot: Rect
    let yAxis: ValueAxis
    let xAxis: TimeAxis
    let directLabels: [DirectLabel]
    let legend: [LegendEntry]
    let unitCaption: TextLabel?
    let estimatedNote: (x: Double, y: Double)?
    /// Where the note explaining the dotted bridges goes, below the estimated note when both are needed.
    let gapNote: (x: Double, y: Double)?
    let targetLabel: TextLabel?
    let fontSize: Double
    /// Index among comparators of each series, so each keeps its colour.
    let comparatorIndex: [Int]

    static let legendSwatch = 18.0

    init(chart: LineChart) { self.init(chart: chart, data: LineChartData(chart: chart)) }

    init(chart: LineChart, data: LineChartData) {
        let fontSize = chart.style.fontSize
        let width = chart.width
        let height = chart.height
        self.fontSize = fontSize
        let comparatorIndex = data.comparatorIndex
        self.comparatorIndex = comparatorIndex

        let usesLegend = chart.series.count > LineChart.maximumDirectLabels
        var legend: [LegendEntry] = []
        var legendHeight = 0.0
        if usesLegend {
            var items: [(String, SeriesRole, Int)] = chart.series.indices
                .filter { chart.series[$0].role != .context }
                .sorted { (chart.series[$0].role.layer, -$0) > (chart.series[$1].role.layer, -$1) }
                .map { (chart.series[$0].label, chart.series[$0].role, comparatorIndex[$0]) }
            if chart.series.contains(where: { $0.role == .context }) {
                items.append((chart.strings.otherSeries, .context, 0))
            }
            var x = 0.0
            var row = 0
            for (label, role, index) in items {
                let itemWidth = Self.legendSwatch + 5 + TextMetrics.width(of: label, fontSize: fontSize)
                if x > 0 && x + itemWidth > width {
                    x = 0
                    row += 1
                }
                legend.append(LegendEntry(label: label, role: role, comparatorIndex: index, x: x,
                                          y: (Double(row) + 0.5) * fontSize * 1.6))
                x += itemWidth + fontSize
            }
            legendHeight = Double(row + 1) * fontSize * 1.6 + fontSize * 0.4
        }
        self.legend = legend

        let values = data.values
        let hasCaption = !chart.format.unitLabel.isEmpty && !chart.format.unitFitsOnTick
        let captionHeight = hasCaption ? fontSize * 1.6 : 0
        let hasEstimated = data.hasEstimated
        let top = legendHeight + captionHeight + fontSize * 0.9
        let hasGaps = data.hasGaps
        let noteCount = (hasEstimated ? 1 : 0) + (hasGaps ? 1 : 0)
        let bottom = 10 + fontSize * 1.3 + (noteCount > 0 ? fontSize * 1.8 * Double(noteCount) : 2)
        let yAxis = ValueAxis(values: values, fromZero: chart.yFromZero, range: (height - bottom, top),
                              format: chart.format, fontSize: fontSize)
        self.yAxis = yAxis

        let xLabels = data.xLabels
        let xs = data.xs
        func xLabelHalf(_ x: Double?) -> Double {
            guard let x else { return 0 }
            let text = x == x.rounded() ? TimeAxis.yearLabel(x) : xLabels[x] ?? ""
            return TextMetrics.width(of: text, fontSize: fontSize) / 2
        }
        let left = max(yAxis.labelWidth + 8, xLabelHalf(xs.first)) + 2

        let labelTexts: [[String]?] = chart.series.indices.map { index in
            guard let last = data.lastValues[index] else { return nil }
            return Self.directLabelLines(name: chart.series[index].label, value: last.text,
                                         maxWidth: max(width * 0.22, 100), fontSize: fontSize)
        }
        let labelWidth = labelTexts.compactMap { $0 }.map { lines in
            (lines.map { TextMetrics.width(of: $0, fontSize: fontSize) }.max() ?? 0) * 1.06
        }.max()
        let right = max(labelWidth.map { $0 + 12 } ?? 0, xLabelHalf(xs.last) + 2, 8)
        let plot = Rect(x: left, y: top, width: max(width - left - right, 40), height: height - top - bottom)
        self.plot = plot

        let xAxis = TimeAxis(labels: xLabels, range: (plot.minX, plot.maxX), fontSize: fontSize)
        self.xAxis = xAxis

        let lastPoints: [(x: Double, y: Double)?] = data.lastValues.map { last in
            last.map { (xAxis.scale($0.x), yAxis.scale($0.value)) }
        }
        let labelled = chart.series.indices.filter { lastPoints[$0] != nil }
        let labelX = (lastPoints.compactMap { $0?.x }.max() ?? plot.maxX) + 8
        let heights = labelled.map { Double(labelTexts[$0]!.count - 1) * TextMetrics.lineHeight * fontSize + fontSize }
        let centres = LabelStack.place(
            desired: labelled.map { lastPoints[$0]!.y }, heights: heights,
            bounds: (plot.minY - fontSize * 0.5)...(plot.maxY + fontSize * 0.5), gap: 2)
        var directLabels: [DirectLabel] = []
        for (offset, index) in labelled.enumerated() {
            guard let point = lastPoints[index], let lines = labelTexts[index] else { continue }
            let centre = centres[offset]
            let moved = abs(centre - point.y) > 3 || point.x < labelX - 9
            let label = TextLabel(lines: lines, x: labelX, y: centre, fontSize: fontSize, baseline: .middle,
                                  className: "direct-label", halo: true, bold: chart.series[index].role == .primary)
            let leader = moved ? Segment(x1: point.x + 5, y1: point.y, x2: labelX - 3, y2: centre) : nil
            directLabels.append(DirectLabel(seriesIndex: index, label: label, leader: leader))
        }
        self.directLabels = directLabels

        unitCaption = hasCaption
            ? TextLabel(lines: [chart.format.unitLabel], x: 0, y: legendHeight + fontSize * 1.1, fontSize: fontSize,
                        className: "unit-label muted")
            : nil
        let lastNoteY = height - fontSize * 0.8
        estimatedNote = hasEstimated ? (plot.minX, hasGaps ? lastNoteY - fontSize * 1.8 : lastNoteY) : nil
        gapNote = hasGaps ? (plot.minX, lastNoteY) : nil

        if let target = chart.target {
            let ruleY = yAxis.scale(target.value)
            let roomAbove = ruleY - plot.minY > fontSize + 4
            targetLabel = TextLabel(lines: [target.label], x: plot.minX + 4, y: roomAbove ? ruleY - 4 : ruleY + 4,
                                    fontSize: fontSize, baseline: roomAbove ? .alphabetic : .hanging,
                                    className: "target-label", halo: true)
        } else {
            targetLabel = nil
        }
    }

    /// "Gansu 96.1%" on one line when it fits; otherwise the name wrapped and the value whole on its own line.
    static func directLabelLines(name: String, value: String, maxWidth: Double, fontSize: Double) -> [String] {
        let line = name + " " + value
        if TextMetrics.width(of: line, fontSize: fontSize) <= maxWidth { return [line] }
        return TextMetrics.wrap(name, maxWidth: maxWidth, fontSize: fontSize) + [value]
    }
}
