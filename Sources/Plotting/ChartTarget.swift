/// A plan's target drawn as a labelled dashed rule, with a faint band on the side where it is met.
public struct ChartTarget: Sendable, Hashable {
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case atLeast, above, atMost, below, equal
    }

    public var value: Double
    public var comparison: Comparison
    /// The words on the rule, e.g. "目标 ≥95%" or "Target ≥ 95%".
    public var label: String

    public init(value: Double, comparison: Comparison, label: String) {
        self.value = value
        self.comparison = comparison
        self.label = label
    }

    /// Whether `value` meets the target.
    public func isMet(by candidate: Double) -> Bool {
        switch comparison {
        case .atLeast: candidate >= value
        case .above: candidate > value
        case .atMost: candidate <= value
        case .below: candidate < value
        case .equal: candidate == value
        }
    }

    /// +1 when values above the rule meet it, −1 below, 0 when only the value itself does.
    var metSide: Int {
        switch comparison {
        case .atLeast, .above: 1
        case .atMost, .below: -1
        case .equal: 0
        }
    }
}
