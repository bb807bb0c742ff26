import SiteModel

/// The data-quality checks that compare what a site says with what its data shows (docs/check-output.md):
/// run after the content loaded, by `almanac check` and by every build.
///
/// They only warn: each finding is something a statistician should look at, not a reason to refuse the site.
/// A finding the publisher has acknowledged on its row (or claim) is printed as `info`, with the row's
/// published note beside it.
public enum ContentChecks {
    /// Every finding on `site`, in file, line and column order.
    public static func run(_ site: Site) -> [Diagnostic] {
        let context = CheckContext(site: site)
        var findings: [Diagnostic] = []
        findings += BoundRule.check(context)
        findings += CitedValueRule.check(context)
        findings += ClaimRule.check(context)
        findings += OutlierRule.check(context)
        findings += UnitSlipRule.check(context)
        findings += TargetStatusChangeRule.check(context)
        findings += TargetYearRule.check(context)
        return findings.sorted(by: order)
    }

    private static func order(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
