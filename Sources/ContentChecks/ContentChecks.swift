import SiteModel

/// The data-quality checks that compare what a site says with what its data shows (docs/check-output.md):
/// run after the content loaded, by `almanac check` and by every build.
///
/// They only warn: each finding is something a statistician should look at, not a reason to refuse the site.
/// A finding the publisher has acknowledged on its row (or claim) is printed as `info`, with the row's
/// published note beside it.
public enum ContentChecks {
    /// Every finding on `site`, in file, line and column order.
    ///
    /// - Parameter cache: the findings of earlier runs on each indicator's data, reused where the indicator and
    ///   its data did not change; the result is the same with or without it.
    public static func run(_ site: Site, cache: IndicatorCheckCache? = nil) -> [Diagnostic] {
        let context = CheckContext(site: site)
        var findings: [Diagnostic] = []
        findings += CitedValueRule.check(context)
        findings += ClaimRule.check(context)
        findings += indicatorFindings(site, cache: cache)
        return findings.sorted(by: order)
    }

    /// What the rules that read one indicator and its data at a time find, each indicator's taken from `cache`
    /// where it holds them.
    ///
    /// Indicators are checked on every core (`inParallel`): the rules read one indicator at a time, and at a
    /// million observations these checks were half of the load and plan that runs before any page renders. The
    /// findings come back in indicator order, as checked one after the other, and `run` sorts them anyway.
    static func indicatorFindings(_ site: Site, cache: IndicatorCheckCache?, concurrently: Bool = true) -> [Diagnostic] {
        let check: @Sendable (Indicator) -> (IndicatorCheckCache.Key?, [Diagnostic]) = { indicator in
            guard let cache else { return (nil, indicatorFindings(CheckContext(site: site, indicators: [indicator]))) }
            let key = IndicatorCheckCache.Key(site: site, indicator: indicator)
            return (key, cache.findings(for: key) ?? indicatorFindings(CheckContext(site: site, indicators: [indicator])))
        }
        let found = concurrently ? inParallel(site.indicators, check) : site.indicators.map(check)
        cache?.keep(found.compactMap { key, findings in key.map { ($0, findings) } })
        return found.flatMap(\.1)
    }

    /// The rules that read one indicator and its data at a time, on the indicators of `context`.
    static func indicatorFindings(_ context: CheckContext) -> [Diagnostic] {
        BoundRule.check(context) + OutlierRule.check(context) + UnitSlipRule.check(context)
            + TargetStatusChangeRule.check(context) + TargetYearRule.check(context)
    }

    private static func order(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
