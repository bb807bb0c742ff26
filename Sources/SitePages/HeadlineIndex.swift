import SiteModel

/// Where each indicator's headline observations are, per region and sorted by period, found once per build:
/// pages ask for them thousands of times (every region × every indicator), so scanning an indicator's rows on
/// each question would make a national site quadratic. Positions, not copies, keep the index small (a few bytes
/// an observation beside the 80 of the observation itself).
struct HeadlineIndex: Sendable {
    private let site: Site
    private let positions: [IndicatorID: [RegionCode: [Int32]]]
    /// Periods in which any region has a headline value, oldest first: each comparison page lists them.
    private let periodsWithValues: [IndicatorID: [Period]]

    init(site: Site) {
        self.site = site
        var positions: [IndicatorID: [RegionCode: [Int32]]] = [:]
        var periods: [IndicatorID: [Period]] = [:]
        for indicator in site.indicators {
            guard let data = site.data[indicator.id] else { continue }
            let selection = data.headlineSelection(indicator.headline)
            var byRegion: [RegionCode: [Int32]] = [:]
            var withValues: Set<Period> = []
            for (index, observation) in data.observations.enumerated()
            where selection.allSatisfy({ (observation.dimensions[$0] ?? "") == $1 }) {
                byRegion[observation.region, default: []].append(Int32(index))
                if observation.value != nil { withValues.insert(observation.period) }
            }
            periods[indicator.id] = withValues.sorted()
            positions[indicator.id] = byRegion.mapValues { indices in
                indices.sorted { data.observations[Int($0)].period < data.observations[Int($1)].period }
            }
        }
        self.positions = positions
        self.periodsWithValues = periods
    }

    /// The headline observations of an indicator, every region, in the order of `regions.csv` then period.
    func observations(of indicator: IndicatorID) -> [Observation] {
        guard let byRegion = positions[indicator], let rows = site.data[indicator]?.observations else { return [] }
        return site.regions.flatMap { region in (byRegion[region.code] ?? []).map { rows[Int($0)] } }
    }

    /// The headline observations of one period that have a value, every region, in the order of `regions.csv`:
    /// a comparison's ranking, without copying the indicator's other periods.
    func valuedObservations(of indicator: IndicatorID, in period: Period) -> [Observation] {
        guard let byRegion = positions[indicator], let rows = site.data[indicator]?.observations else { return [] }
        var found: [Observation] = []
        found.reserveCapacity(byRegion.count)
        for region in site.regions {
            for position in byRegion[region.code] ?? [] {
                let observation = rows[Int(position)]
                if observation.period == period && observation.value != nil { found.append(observation) }
            }
        }
        return found
    }

    /// Periods in which any region has a headline value, oldest first.
    func periodsWithValues(of indicator: IndicatorID) -> [Period] {
        periodsWithValues[indicator] ?? []
    }

    /// One region's headline series, sorted by period.
    func series(of indicator: IndicatorID, for region: RegionCode) -> [Observation] {
        guard let indices = positions[indicator]?[region], let rows = site.data[indicator]?.observations else { return [] }
        return indices.map { rows[Int($0)] }
    }
}
