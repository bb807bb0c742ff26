/// One observation of a line: where it sits in time, what it is called, and its value (nil for a gap).
public struct LinePoint: Sendable, Hashable {
    /// A time value such as 2020 or 2020.25; whole numbers give a year axis.
    public var x: Double
    /// How the period is written in the table and description ("2020", "2020年", "2020-Q1").
    public var label: String
    /// Nil is a gap: the line breaks there rather than joining its neighbours.
    public var y: Double?
    /// Estimated or provisional: drawn as a hollow point reached by a dashed segment.
    public var isEstimated: Bool
    /// A mark such as "*" or "1" drawn next to the point and appended to its table cell.
    public var footnote: String?

    public init(x: Double, label: String? = nil, y: Double?, isEstimated: Bool = false, footnote: String? = nil) {
        self.x = x
        self.label = label ?? TimeAxis.yearLabel(x)
        self.y = y
        self.isEstimated = isEstimated
        self.footnote = footnote
    }

    /// The value, if it is a usable number.
    var value: Double? { y.flatMap { $0.isFinite ? $0 : nil } }
}
