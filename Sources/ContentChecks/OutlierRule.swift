import SiteModel

/// `series.outlier`: a change from one value to the next far outside the series' usual changes.
///
/// Changes are taken per year (a change over a three-year gap counts a third per year), so a series with gaps
/// is judged by its pace, not by how often it was measured.
///
/// Robust to the outlier itself: changes are compared with their median, in units of the median absolute
/// deviation (MAD), and a change whose modified z-score (0.6745 × |change − median| / MAD, Iglewicz and
/// Hoaglin) passes 3.5 is reported. A mean and standard deviation would let one wild value hide itself.
///
/// A short, smooth series has a tiny MAD, which would make any wobble an outlier; so the change must also be
/// material: at least `materiality` (10 %) of the series' typical level (the median of its values) away
/// from the usual change.
enum OutlierRule {
    static let threshold = 3.5
    static let materiality = 0.1
    /// Fewer changes than this say too little about what is usual.
    static let minimumChanges = 5

    static func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData {
            for series in Series.all(in: data) {
                let steps = series.steps
                guard steps.count >= minimumChanges else { continue }
                let numbers = series.numbers
                let changes = steps.map { yearlyChange(series, $0) }
                let middle = median(changes)
                let spread = median(changes.map { abs($0 - middle) })
                guard spread > 0 else { continue }
                let level = median(numbers.map { abs($0) })
                for (step, change) in zip(steps, changes) {
                    let score = 0.6745 * abs(change - middle) / spread
                    // A change by a factor of 10 or 1,000 is reported as a unit slip, once.
                    guard score > threshold, abs(change - middle) >= materiality * level,
                        UnitSlipRule.slipFactor(numbers[step.before], numbers[step.after]) == nil
                    else { continue }
                    // Only a row reported is built whole.
                    let before = data.observations[series.positions[step.before]]
                    let after = data.observations[series.positions[step.after]]
                    findings.append(
                        context.finding(
                            .seriesOutlier,
                            "\(indicator.id.rawValue) \(context.describe(after)): the change from \(before.valueText) (\(before.period.text)) to \(after.valueText) is far outside this series' usual changes (median change per year \(rounded(middle)), modified z-score \(rounded(score)))",
                            row: after, in: data,
                            hint: "check the figure; where it is right, add series.outlier to the row's acknowledged column"))
                }
            }
        }
        return findings
    }

    /// The change from one value to the next, per year where the two are a year or more apart.
    static func yearlyChange(_ series: Series, _ step: (before: Int, after: Int)) -> Double {
        let years = series.times[step.after] - series.times[step.before]
        return (series.numbers[step.after] - series.numbers[step.before]) / max(years, 1)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Two decimals, for messages.
    private static func rounded(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return "\(value < 0 && hundredths > 0 ? "-" : "")\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
