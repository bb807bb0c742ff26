/// A named line: one region's values over time, with its role in the chart.
public struct LineSeries: Sendable, Hashable {
    public var label: String
    public var role: SeriesRole
    public var points: [LinePoint]
    /// The distance between consecutive periods on the time axis (1 for years, 0.25 for quarters, 1/12 for
    /// months), so values further apart are known to have periods without a value between them. Nil when the
    /// periods are irregular by nature: then only points whose `y` is nil are gaps.
    public var step: Double?

    public init(label: String, role: SeriesRole = .context, points: [LinePoint], step: Double? = nil) {
        self.label = label
        self.role = role
        self.points = points
        self.step = step.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
    }

    /// Points with a finite x, in time order (stable for equal x).
    var sortedPoints: [LinePoint] {
        // A series is nearly always given in time order: then the stable sort would hand back `points` as they are.
        if Self.isInTimeOrder(points) { return points }
        return Self.sortedByTime(points)
    }

    /// The points with a finite x, sorted stably by x: what `sortedPoints` gives for any series.
    static func sortedByTime(_ points: [LinePoint]) -> [LinePoint] {
        points.enumerated().filter { $0.element.x.isFinite }
            .sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }.map(\.element)
    }

    /// Every x finite and none before the one preceding it.
    static func isInTimeOrder(_ points: [LinePoint]) -> Bool {
        var previous = -Double.infinity
        for point in points {
            guard point.x.isFinite, point.x >= previous else { return false }
            previous = point.x
        }
        return true
    }

    /// Points that have a value, in time order.
    var valuedPoints: [LinePoint] { sortedPoints.filter { $0.value != nil } }
}
