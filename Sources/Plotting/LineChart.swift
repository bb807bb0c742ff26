/// A time-series line chart: the home region emphasised, comparators in their own colours, other regions as
/// grey context; lines labelled directly at their ends; gaps bridged by a dotted line and explained; estimated
/// values hollow and dashed;
/// the target as a labelled dashed rule.
public struct LineChart: Sendable {
    /// Prefix of every id inside the SVG ("c3" gives "c3-title"), unique per page.
    public var id: String
    /// The accessible name of the chart and the caption of its table.
    public var title: String
    public var series: [LineSeries]
    public var target: ChartTarget?
    public var format: ValueFormat
    /// Start the value axis at zero, as counts need.
    public var yFromZero: Bool
    public var width: Double
    public var height: Double
    public var strings: ChartStrings
    public var style: ChartStyle

    /// Up to this many lines are labelled at their ends; more get a legend.
    public static let maximumDirectLabels = 6

    /// Some line has periods without a value between two values, drawn as a dotted bridge: a page showing the
    /// chart may want to explain it beside the chart's own note.
    public var hasGaps: Bool { series.contains { !$0.gaps.isEmpty } }

    public init(
        id: String, title: String, series: [LineSeries], target: ChartTarget? = nil,
        format: ValueFormat = ValueFormat(), yFromZero: Bool = false, width: Double = 640, height: Double = 360,
        strings: ChartStrings = .english, style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.series = series
        self.target = target.flatMap { $0.value.isFinite ? $0 : nil }
        self.format = format
        self.yFromZero = yFromZero
        self.width = max(width, 160)
        self.height = max(height, 120)
        self.strings = strings
        self.style = style
    }
}
