/// A named line: one region's values over time, with its role in the chart.
public struct LineSeries: Sendable, Hashable {
    public var label: String
    public var role: SeriesRole
    public var points: [LinePoint]

    public init(label: String, role: SeriesRole = .context, points: [LinePoint]) {
        self.label = label
        self.role = role
        self.points = points
    }

    /// Points with a finite x, in time order (stable for equal x).
    var sortedPoints: [LinePoint] {
        points.enumerated().filter { $0.element.x.isFinite }
            .sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }.map(\.element)
    }

    /// Points that have a value, in time order.
    var valuedPoints: [LinePoint] { sortedPoints.filter { $0.value != nil } }
}
