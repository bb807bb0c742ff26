import SiteModel

extension Collection<Period> {
    /// The distance between consecutive periods on a chart's time axis (`Period.timeValue`), so a chart can
    /// tell a missing period from the next one: 1 for years and school years, 0.25 for quarters, 1/12 for
    /// months, the common length of ranges (2011-2015, 2016-2020 → 5). Nil for ranges of unequal length or a
    /// mix of kinds: no period is then known to be missing unless its row says so.
    var chartStep: Double? {
        guard let kind = first?.kind, allSatisfy({ $0.kind == kind }) else { return nil }
        switch kind {
        case .year, .schoolYear: return 1
        case .quarter: return 0.25
        case .month: return 1.0 / 12
        case .range:
            let lengths = Set(map { $0.endYear - $0.startYear + 1 })
            return lengths.count == 1 ? lengths.first.map(Double.init) : nil
        }
    }
}
