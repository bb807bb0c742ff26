/// One region's bar in a comparison chart.
public struct Bar: Sendable, Hashable {
    public var label: String
    /// Nil shows "no data" in words instead of a bar.
    public var value: Double?
    /// The text at the end of the bar; nil formats `value` with the chart's format.
    public var valueLabel: String?
    public var role: SeriesRole

    public init(label: String, value: Double?, valueLabel: String? = nil, role: SeriesRole = .context) {
        self.label = label
        self.value = value.flatMap { $0.isFinite ? $0 : nil }
        self.valueLabel = valueLabel
        self.role = role
    }
}
