import SiteModel

/// Where each indicator's headline observations are, per region and sorted by period, found once per build:
/// pages ask for them thousands of times (every region × every indicator), so scanning an indicator's rows on
/// each question would make a national site quadratic. Positions, not copies, keep the index small (a few bytes
/// an observation beside the 150 of the observation itself).
struct HeadlineIndex: Sendable {
    private let site: Site
    private let positions: [IndicatorID: [RegionCode: [Int32]]]

    init(site: Site) {
        self.site = site
        var positions: [IndicatorID: [RegionCode: [Int32]]] = [:]
        for indicator in site.indicators {
            guard let data = site.data[indicator.id] else { continue }
            let selection = data.headlineSelection(indicator.headline)
            var byRegion: [RegionCode: [Int32]] = [:]
            for (index, observation) in data.observations.enumerated()
            where selection.allSatisfy({ (observation.dimensions[$0] ?? "") == $1 }) {
                byRegion[observation.region, default: []].append(Int32(index))
            }
            positions[indicator.id] = byRegion.mapValues { indices in
                indices.sorted { data.observations[Int($0)].period < data.observations[Int($1)].period }
            }
        }
        self.positions = positions
    }

    /// The headline observations of an indicator, every region, in the order of `regions.csv` then period.
    func observations(of indicator: IndicatorID) -> [Observation] {
        guard let byRegion = positions[indicator], let rows = site.data[indicator]?.observations else { return [] }
        return site.regions.flatMap { region in (byRegion[region.code] ?? []).map { rows[Int($0)] } }
    }

    /// One region's headline series, sorted by period.
    func series(of indicator: IndicatorID, for region: RegionCode) -> [Observation] {
        guard let indices = positions[indicator]?[region], let rows = site.data[indicator]?.observations else { return [] }
        return indices.map { rows[Int($0)] }
    }
}
