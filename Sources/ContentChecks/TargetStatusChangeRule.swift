import SiteModel

/// `target.status-changed`: the target was met in the year before the latest and is not in the latest, or the
/// other way round. Pages show only the latest status; a flip is worth a look before it is published. Only
/// values of consecutive years count: a plan's baseline (2010) against its last year (2020) is meant to differ.
enum TargetStatusChangeRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData where indicator.target != nil {
            let rows = data.observations
            // One pass over the file's columns, grouping by region position: filtering it per region would be
            // quadratic on national-scale content, and building every row was most of what the rule cost.
            let isHeadline = headlineDetails(of: data, indicator.headline)
            var byRegion = [[Int]](repeating: [], count: rows.distinctRegions.count)
            for position in rows.indices where rows.hasValue(at: position) && isHeadline[rows.detailsPosition(at: position)] {
                byRegion[rows.regionPosition(at: position)].append(position)
            }
            let regionPositions = Dictionary(
                rows.distinctRegions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let ranks = Series.periodRanks(of: rows)
            for region in context.site.regions {
                guard let regionPosition = regionPositions[region.code], byRegion[regionPosition].count >= 2 else { continue }
                // A status is judged on a series' last two values: the last three rows judge both years.
                let series = Series.inPeriodOrder(byRegion[regionPosition], of: rows, ranks: ranks).suffix(3).map { rows[$0] }
                guard let latest = series.last else { continue }
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

    /// Whether rows of each details position (0 for none, else 1 + the position in `distinctDetails`) belong to
    /// the headline series (`IndicatorData.headline`), so rows are told apart by a number, not their dimensions.
    private static func headlineDetails(of data: IndicatorData, _ configured: [String: String]) -> [Bool] {
        let selection = data.headlineSelection(configured)
        let matches = { (dimensions: [String: String]) in
            selection.allSatisfy { name, value in (dimensions[name] ?? "") == value }
        }
        return [matches([:])] + data.observations.distinctDetails.map { matches($0.dimensions) }
    }

    private static func name(_ status: TargetStatus) -> String { status == .met ? "met" : "not met" }
}
