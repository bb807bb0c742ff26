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
    }

    /// - Parameter previous: the index of an earlier load, whose entries are kept for indicators whose headline
    ///   and data are unchanged: a rebuild after an edit of one data file indexes that file only. Data a reload
    ///   took over (`DataFileCache`) is the same array, so telling that it is unchanged costs nothing.
    init(site: Site, reusing previous: HeadlineIndex? = nil) {
        self.site = site
        var indicators: [IndicatorID: Entry] = [:]
        for indicator in site.indicators {
            guard let data = site.data[indicator.id] else { continue }
            if let kept = previous?.indicators[indicator.id], kept.headline == indicator.headline, kept.data == data {
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
            indicators[indicator.id] = Entry(
                headline: indicator.headline, data: data,
                positions: byRegion.mapValues { indices in
                    indices.sorted { data.observations[Int($0)].period < data.observations[Int($1)].period }
                }, periodsWithValues: withValues.sorted(), periods: periods.sorted())
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
        guard let byRegion = indicators[indicator]?.positions, let rows = site.data[indicator]?.observations else { return [] }
        var found: [Observation] = []
        found.reserveCapacity(byRegion.count)
        for region in site.regions {
            // Read from the columns first: only the rows found are built as observations.
            for position in byRegion[region.code] ?? []
            where rows.hasValue(at: Int(position)) && rows.period(at: Int(position)) == period {
                found.append(rows[Int(position)])
            }
        }
        return found
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
