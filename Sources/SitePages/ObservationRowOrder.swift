import SiteModel

/// The order of an indicator's download rows: by region in the site's order (a region it does not list last),
/// then period, then line of the data file.
enum ObservationRowOrder {
    /// Each row's position in `observations` with its region's position in the site's order, sorted. The file's
    /// distinct regions and periods are ranked once, and each row's keys read through their positions in those
    /// tables, so no row hashes a region or period; rows already in order (a data file listing each region's
    /// periods in turn, regions in the site's order) are not sorted again. A national site orders a million rows,
    /// each indicator's twice (its own files and `all.csv`/`all.xlsx`).
    static func sorted(
        _ observations: ObservationColumns, regionOrder: [RegionCode: Int]
    ) -> [(region: Int, index: Int)] {
        let regionRanks = observations.distinctRegions.map { regionOrder[$0] ?? Int.max }
        let periods = observations.distinctPeriods
        var periodRanks = [Int](repeating: 0, count: periods.count)
        for (rank, position) in periods.indices.sorted(by: { periods[$0] < periods[$1] }).enumerated() {
            periodRanks[position] = rank
        }
        var keys: [(region: Int, period: Int, line: Int, index: Int)] = []
        keys.reserveCapacity(observations.count)
        var inOrder = true
        for index in observations.indices {
            let key = (
                region: regionRanks[observations.regionPosition(at: index)],
                period: periodRanks[observations.periodPosition(at: index)],
                line: observations.line(at: index), index: index
            )
            if inOrder, let last = keys.last, !(last < key) { inOrder = false }
            keys.append(key)
        }
        if !inOrder { keys.sort(by: <) }
        return keys.map { ($0.region, $0.index) }
    }
}
