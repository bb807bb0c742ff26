import SiteModel

/// `series.unit-slip`: a value about 10 or 1,000 times the one before it (or a tenth, a thousandth), the mark of
/// a figure typed in the wrong unit — per 1,000 for per 10,000, yuan for ten thousand yuan — or a slipped
/// decimal point.
enum UnitSlipRule {
    /// How far from an exact factor of 10 or 1,000 a change still counts as one: 10 ± 20 %, 1,000 ± 20 %.
    static let tolerance = 0.2
    static let factors: [Double] = [10, 1_000]

    static func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData {
            for series in Series.all(in: data) {
                for step in series.steps {
                    let (earlier, later) = (series.numbers[step.before], series.numbers[step.after])
                    guard let factor = slipFactor(earlier, later) else { continue }
                    // Only a row reported is built whole.
                    let before = data.observations[series.positions[step.before]]
                    let after = data.observations[series.positions[step.after]]
                    let direction = later > earlier ? "about \(Int(factor)) times" : "about 1/\(Int(factor)) of"
                    findings.append(
                        context.finding(
                            .seriesUnitSlip,
                            "\(indicator.id.rawValue) \(context.describe(after)): value \(after.valueText) is \(direction) the value before it (\(before.valueText) in \(before.period.text)); a unit or decimal point may have slipped",
                            row: after, in: data,
                            hint: "check both figures' units; where the change is real, add series.unit-slip to the row's acknowledged column"))
                }
            }
        }
        return findings
    }

    /// The factor (10 or 1,000) by which `after` differs from `before`, or nil.
    static func slipFactor(_ before: Double, _ after: Double) -> Double? {
        guard before != 0, after != 0, (before > 0) == (after > 0) else { return nil }
        let ratio = abs(after / before)
        let change = max(ratio, 1 / ratio)
        return factors.first { abs(change - $0) <= $0 * tolerance }
    }
}
