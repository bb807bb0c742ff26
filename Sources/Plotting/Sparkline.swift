/// A word-sized line for a table cell: the trend only, the last value marked, gaps bridged by dots and named in
/// the description.
public struct Sparkline: Sendable {
    public var id: String
    /// The accessible name, e.g. the region and indicator.
    public var title: String
    public var points: [LinePoint]
    /// The period step of the points (see `LineSeries.step`), so missing periods show as gaps.
    public var step: Double?
    public var format: ValueFormat
    /// A shared value range, so sparklines in one table column compare; nil fits the line's own values.
    public var valueRange: ClosedRange<Double>?
    public var width: Double
    public var height: Double
    public var strings: ChartStrings
    public var style: ChartStyle

    public init(
        id: String, title: String, points: [LinePoint], step: Double? = nil, format: ValueFormat = ValueFormat(),
        valueRange: ClosedRange<Double>? = nil, width: Double = 120, height: Double = 32,
        strings: ChartStrings = .english, style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.points = points
        self.step = step
        self.format = format
        self.valueRange = valueRange.flatMap { $0.lowerBound.isFinite && $0.upperBound.isFinite ? $0 : nil }
        self.width = max(width, 24)
        self.height = max(height, 12)
        self.strings = strings
        self.style = style
    }

    /// What the line did, in words, for its `<desc>`.
    public var summary: String {
        let summary = SeriesSummary(strings: strings, format: format)
        return strings.paragraph([summary.sentence(label: title, points: line.sortedPoints)] + summary.gapSentences(line))
    }

    /// The points as a line, with the step that finds its gaps.
    private var line: LineSeries { LineSeries(label: title, role: .primary, points: points, step: step) }

    /// Periods without a value lie between two of the values, bridged by dots.
    public var hasGaps: Bool { !line.gaps.isEmpty }

    public func svg() -> String {
        let paints = Paints(palette: style.palette)
        let sorted = line.sortedPoints
        let values = sorted.compactMap(\.value)
        let inset = 3.5
        let low = valueRange?.lowerBound ?? values.min() ?? 0
        let high = valueRange?.upperBound ?? values.max() ?? 1
        let x = LinearScale(domain: (sorted.first?.x ?? 0, sorted.last?.x ?? 0), range: (inset, width - inset))
        let y = LinearScale(domain: (low, high), range: (height - inset, inset))
        let geometry = LineGeometry(points: sorted, x: x, y: y, step: step)
        let colours = paints.series(.primary)
        let frame = ChartFrame(id: ChartID(id), kind: "sparkline", width: width, height: height, title: title,
                               description: summary, style: style, strings: strings)
        return frame.render { svg in
            svg.open("g")
            svg.attribute("class", "series ", colours.className)
            svg.attribute("color", colours.mark.color)
            geometry.writePaths(to: &svg, strokeWidth: 1.5)
            geometry.writeMarkers(to: &svg, radius: 2.5, markAll: false, markLast: true, paints: paints)
            svg.close()
        }
    }
}
