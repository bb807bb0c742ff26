import SiteModel

/// Where each indicator's headline observations are, per region and sorted by period, found once per build:
/// pages ask for them thousands of times (every region × every indicator), so scanning an indicator's rows on
/// each question would make a national site quadratic. Positions, not copies, keep the index small (a few bytes
/// an observation beside the 26 of its columns).
struct HeadlineIndex: Sendable {
    private let site: Site
    private let indicators: [IndicatorID: Entry]

    /// One indicator's headline rows.
    private struct Entry: Sendable {
        /// What the entry was found in: an entry is kept for a site whose indicator has the same headline and data.
        var headline: [String: String]
        var data: IndicatorData
        var positions: [RegionCode: [Int32]]
        /// Periods in which any region has a headline value, oldest first: each comparison page lists them.
        var periodsWithValues: [Period]
        /// Periods of any headline row, oldest first.
        var periods: [Period]
        /// For each of `periodsWithValues`, the positions of its headline rows with a value, in the order of
        /// `regions.csv`: a comparison's ranking, found without a look at every region's series. A comparison page
        /// and each subdivision page asks for one, so scanning the series each time was a few percent of a build.
        var valuedByPeriod: [[Int32]]
    }

    /// - Parameter previous: the index of an earlier load, whose entries are kept for indicators whose headline
    ///   and data are unchanged: a rebuild after an edit of one data file indexes that file only. Data a reload
    ///   took over (`DataFileCache`) is the same array, so telling that it is unchanged costs nothing.
    init(site: Site, reusing previous: HeadlineIndex? = nil) {
        self.site = site
        var indicators: [IndicatorID: Entry] = [:]
        // `valuedByPeriod` follows the order of `regions.csv`: an entry is kept only while that order is.
        let regionsKept = previous.map { $0.site.regions.map(\.code) == site.regions.map(\.code) } ?? false
        for indicator in site.indicators {
            guard let data = site.data[indicator.id] else { continue }
            if regionsKept, let kept = previous?.indicators[indicator.id], kept.headline == indicator.headline,
                kept.data == data
            {
                indicators[indicator.id] = kept
                continue
            }
            let selection = data.headlineSelection(indicator.headline)
            var byRegion: [RegionCode: [Int32]] = [:]
            var withValues: Set<Period> = []
            var periods: Set<Period> = []
            for (index, observation) in data.observations.enumerated()
            where selection.allSatisfy({ (observation.dimensions[$0] ?? "") == $1 }) {
                byRegion[observation.region, default: []].append(Int32(index))
                periods.insert(observation.period)
                if observation.value != nil { withValues.insert(observation.period) }
            }
            let positions = byRegion.mapValues { indices in
                indices.sorted { data.observations.period(at: Int($0)) < data.observations.period(at: Int($1)) }
            }
            let periodsWithValues = withValues.sorted()
            indicators[indicator.id] = Entry(
                headline: indicator.headline, data: data, positions: positions, periodsWithValues: periodsWithValues,
                periods: periods.sorted(),
                valuedByPeriod: Self.valuedByPeriod(
                    positions, periodsWithValues, regions: site.regions, observations: data.observations))
        }
        self.indicators = indicators
    }

    /// The headline observations of an indicator, every region, in the order of `regions.csv` then period.
    func observations(of indicator: IndicatorID) -> [Observation] {
        guard let byRegion = indicators[indicator]?.positions, let rows = site.data[indicator]?.observations else { return [] }
        return site.regions.flatMap { region in (byRegion[region.code] ?? []).map { rows[Int($0)] } }
    }

    /// The headline observations of one period that have a value, every region, in the order of `regions.csv`:
    /// a comparison's ranking, without copying the indicator's other periods.
    func valuedObservations(of indicator: IndicatorID, in period: Period) -> [Observation] {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations,
            let index = entry.periodsWithValues.firstIndex(of: period)
        else { return [] }
        return entry.valuedByPeriod[index].map { rows[Int($0)] }
    }

    /// The positions of each period's headline rows with a value (`Entry.valuedByPeriod`): each region's series
    /// is sorted by period, as `periods` is, so one walk along both places every row without hashing a period.
    /// Reads period and value from the columns: no row is built as an observation.
    private static func valuedByPeriod(
        _ positions: [RegionCode: [Int32]], _ periods: [Period], regions: [Region], observations: ObservationColumns
    ) -> [[Int32]] {
        var buckets = [[Int32]](repeating: [], count: periods.count)
        for region in regions {
            guard let series = positions[region.code] else { continue }
            var next = 0
            for position in series {
                guard observations.hasValue(at: Int(position)) else { continue }
                let period = observations.period(at: Int(position))
                while next < periods.count && periods[next] < period { next += 1 }
                if next < periods.count && periods[next] == period {
                    buckets[next].append(position)
                } else if let index = periods.firstIndex(of: period) {
                    buckets[index].append(position)
                }
            }
        }
        return buckets
    }

    /// Periods in which any region has a headline value, oldest first.
    func periodsWithValues(of indicator: IndicatorID) -> [Period] {
        indicators[indicator]?.periodsWithValues ?? []
    }

    /// Periods of any headline row of the indicator, oldest first.
    func periods(of indicator: IndicatorID) -> [Period] {
        indicators[indicator]?.periods ?? []
    }

    /// One region's headline series, sorted by period.
    func series(of indicator: IndicatorID, for region: RegionCode) -> [Observation] {
        guard let indices = indicators[indicator]?.positions[region], let rows = site.data[indicator]?.observations else { return [] }
        return indices.map { rows[Int($0)] }
    }
}
