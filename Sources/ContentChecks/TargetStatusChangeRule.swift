import SiteModel

/// `target.status-changed`: the target was met in the year before the latest and is not in the latest, or the
/// other way round. Pages show only the latest status; a flip is worth a look before it is published. Only
/// values of consecutive years count: a plan's baseline (2010) against its last year (2020) is meant to differ.
enum TargetStatusChangeRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData where indicator.target != nil {
            // One pass over the file: filtering it per region would be quadratic on national-scale content.
            let byRegion = Dictionary(grouping: data.headline(indicator.headline).filter { $0.value != nil }, by: \.region)
            for region in context.site.regions {
                let series = (byRegion[region.code] ?? []).sorted { $0.period < $1.period }
                guard series.count >= 2, let latest = series.last else { continue }
                let now = indicator.status(of: series)
                let before = indicator.status(of: Array(series.dropLast()))
                let previous = series[series.count - 2]
                guard now != before, [now, before].allSatisfy({ $0 == .met || $0 == .notMet }),
                    latest.period.startYear - previous.period.startYear <= 1
                else { continue }
                findings.append(
                    context.finding(
                        .targetStatusChanged,
                        "\(indicator.id.rawValue) \(context.describe(latest)): the target is \(name(now)) with \(latest.valueText) but was \(name(before)) with \(previous.valueText) in \(previous.period.text)",
                        row: latest, in: data,
                        hint: "check the latest figure; where it is right, add target.status-changed to the row's acknowledged column"))
            }
        }
        return findings
    }

    private static func name(_ status: TargetStatus) -> String { status == .met ? "met" : "not met" }
}
