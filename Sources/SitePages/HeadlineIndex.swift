import SiteModel

/// Every indicator's headline observations, in file order and per region sorted by period, gathered once per
/// build: pages ask for them thousands of times (every region × every indicator), so scanning an indicator's
/// rows on each question would make a national site quadratic.
struct HeadlineIndex: Sendable {
    private let observations: [IndicatorID: [Observation]]
    private let byRegion: [IndicatorID: [RegionCode: [Observation]]]

    init(site: Site) {
        var observations: [IndicatorID: [Observation]] = [:]
        var byRegion: [IndicatorID: [RegionCode: [Observation]]] = [:]
        for indicator in site.indicators {
            guard let data = site.data[indicator.id] else { continue }
            let headline = data.headline(indicator.headline)
            observations[indicator.id] = headline
            byRegion[indicator.id] = Dictionary(grouping: headline, by: \.region).mapValues {
                $0.sorted { $0.period < $1.period }
            }
        }
        self.observations = observations
        self.byRegion = byRegion
    }

    /// The headline observations of an indicator, every region, in file order.
    func observations(of indicator: IndicatorID) -> [Observation] { observations[indicator] ?? [] }

    /// One region's headline series, sorted by period.
    func series(of indicator: IndicatorID, for region: RegionCode) -> [Observation] {
        byRegion[indicator]?[region] ?? []
    }
}
