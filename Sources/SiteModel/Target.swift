/// How a plan's target compares a value with its threshold.
public enum TargetOperator: String, Sendable, Hashable, CaseIterable {
    case atLeast = ">="
    case above = ">"
    case atMost = "<="
    case below = "<"
    case equal = "="
    /// Every year above the last: the latest value beats the previous available one.
    case increase
    case decrease

    /// Whether the operator needs a threshold value.
    public var needsValue: Bool { self != .increase && self != .decrease }
}

/// A plan's target for an indicator, e.g. `>= 95` by 2020, with the plan's own wording.
public struct Target: Hashable, Sendable {
    public var op: TargetOperator
    /// Nil only for `increase` and `decrease`.
    public var value: DecimalValue?
    public var year: String?
    public var text: Localized

    public init(op: TargetOperator, value: DecimalValue? = nil, year: String? = nil, text: Localized = Localized()) {
        self.op = op
        self.value = value
        self.year = year
        self.text = text
    }
}

/// Whether a region's series meets its indicator's target, as the site states it.
public enum TargetStatus: String, Sendable, Hashable, CaseIterable {
    case met
    case notMet = "not-met"
    case noTarget = "no-target"
    case noData = "no-data"
}

extension Target {
    /// The status of a headline series (any order) against this target, judged on its latest value.
    ///
    /// `increase`/`decrease` compare the latest value with the previous available one, skipping gaps; with
    /// a single value there is nothing to compare, so the status is `noData`.
    public func status(of series: [Observation]) -> TargetStatus {
        let values = series.filter { $0.value != nil }.sorted { $0.period < $1.period }
        guard let latest = values.last?.value?.doubleValue else { return .noData }
        switch op {
        case .increase, .decrease:
            guard values.count >= 2, let previous = values[values.count - 2].value?.doubleValue else {
                return .noData
            }
            let met = op == .increase ? latest > previous : latest < previous
            return met ? .met : .notMet
        case .atLeast, .above, .atMost, .below, .equal:
            guard let threshold = value?.doubleValue else { return .noTarget }
            return Target.compare(latest, op, threshold) ? .met : .notMet
        }
    }

    /// Whether `value` satisfies `op threshold`; shared by status and by charts' "met" band.
    public static func compare(_ value: Double, _ op: TargetOperator, _ threshold: Double) -> Bool {
        switch op {
        case .atLeast: value >= threshold
        case .above: value > threshold
        case .atMost: value <= threshold
        case .below: value < threshold
        case .equal: value == threshold
        case .increase, .decrease: false
        }
    }
}

extension Indicator {
    /// The status of a region's headline series; `noTarget` when the indicator has none.
    public func status(of series: [Observation]) -> TargetStatus {
        guard let target else { return series.contains { $0.value != nil } ? .noTarget : .noData }
        return target.status(of: series)
    }
}
