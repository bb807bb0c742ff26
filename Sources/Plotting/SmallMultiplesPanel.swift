/// One panel of small multiples: usually a region's line, optionally with context lines behind it.
public struct SmallMultiplesPanel: Sendable, Hashable {
    public var title: String
    /// The first series of role `.primary` (or the first series) is the one the panel is about.
    public var series: [LineSeries]

    public init(title: String, series: [LineSeries]) {
        self.title = title
        self.series = series
    }

    var lead: LineSeries? { series.first { $0.role == .primary } ?? series.first }
}
