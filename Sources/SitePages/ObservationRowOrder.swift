import SiteModel

/// The order of an indicator's download rows: by region in the site's order (a region it does not list last),
/// then period, then line of the data file.
enum ObservationRowOrder {
    /// Each row's position in `observations` with its region's position in the site's order, sorted. Keys are read
    /// from the columns, and a region or period equal to the row before's is not looked up again: data files
    /// list a region's or a period's rows together, and a national site sorts a million rows.
    static func sorted(
        _ observations: ObservationColumns, regionOrder: [RegionCode: Int]
    ) -> [(region: Int, index: Int)] {
        var distinctPeriods: Set<Period> = []
        var lastPeriod: Period?
        for index in observations.indices {
            let period = observations.period(at: index)
            if period != lastPeriod { distinctPeriods.insert(period) }
            lastPeriod = period
        }
        let periodRanks = Dictionary(
            distinctPeriods.sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var keys: [(region: Int, period: Int, line: Int, index: Int)] = []
        keys.reserveCapacity(observations.count)
        var last: (region: RegionCode, position: Int)?
        var lastRank: (period: Period, rank: Int)?
        for index in observations.indices {
            let region = observations.region(at: index)
            let position: Int
            if let last, last.region == region {
                position = last.position
            } else {
                position = regionOrder[region] ?? Int.max
                last = (region, position)
            }
            let period = observations.period(at: index)
            let rank: Int
            if let lastRank, lastRank.period == period {
                rank = lastRank.rank
            } else {
                rank = periodRanks[period] ?? 0
                lastRank = (period, rank)
            }
            keys.append((position, rank, observations.line(at: index), index))
        }
        return keys.sorted(by: <).map { ($0.region, $0.index) }
    }
}
