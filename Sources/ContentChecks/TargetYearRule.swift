import SiteModel

/// `headline.missing-target-year`: the indicator's target is set for a year, and the home region's headline
/// series has values but none for that year, so its status is judged on another year's value.
///
/// Reported on the indicator's row of indicators.csv; acknowledged on the series' latest row, the one the
/// status is judged on instead.
enum TargetYearRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let home = context.site.settings.homeRegion
        var findings: [Diagnostic] = []
        for indicator in context.indicators {
            guard let year = indicator.target?.year, let period = Period(year) else { continue }
            let series = context.site.headlineSeries(of: indicator, for: home).filter { $0.value != nil }
            guard let latest = series.last, !series.contains(where: { $0.period == period }) else { continue }
            let code = CheckRule.headlineMissingTargetYear.code
            findings.append(
                Diagnostic.finding(
                    acknowledged: latest.acknowledged.contains(code),
                    "\(indicator.id.rawValue): the target is for \(year), but the headline series of \(home.rawValue) has no value for \(year) (its years: \(series.map(\.period.text).joined(separator: ", ")))",
                    at: indicator.location, code: code,
                    hint: "add the \(year) figure, or add \(code) to the acknowledged column of the series' latest row",
                    note: context.note(of: [latest])))
        }
        return findings
    }
}
