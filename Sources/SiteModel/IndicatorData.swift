/// The observations of one indicator, from `data/<id>.csv`, in file order.
public struct IndicatorData: Hashable, Sendable {
    public var indicator: IndicatorID
    /// Dimension columns in file order (every column that is not reserved).
    public var dimensionNames: [String]
    /// Held as columns (`ObservationColumns`), read as a collection of `Observation`.
    public var observations: ObservationColumns
    public var file: String

    public init(
        indicator: IndicatorID, dimensionNames: [String] = [], observations: ObservationColumns, file: String
    ) {
        self.indicator = indicator
        self.dimensionNames = dimensionNames
        self.observations = observations
        self.file = file
    }

    public init(
        indicator: IndicatorID, dimensionNames: [String] = [], observations: some Sequence<Observation>, file: String
    ) {
        self.init(
            indicator: indicator, dimensionNames: dimensionNames, observations: ObservationColumns(observations),
            file: file)
    }

    /// The dimension values that pick the headline series.
    ///
    /// The indicator's `headline` setting wins; else the totals (empty cells) where any row is a total;
    /// else the first value of each dimension in file order.
    public func headlineSelection(_ configured: [String: String]) -> [String: String] {
        var selection: [String: String] = [:]
        for name in dimensionNames {
            if let value = configured[name] {
                selection[name] = value
            } else if observations.contains(where: { ($0.dimensions[name] ?? "").isEmpty }) {
                selection[name] = ""
            } else if let first = observations.first?.dimensions[name] {
                selection[name] = first
            }
        }
        return selection
    }

    /// The headline observations of every region, sorted by region order of appearance then period.
    public func headline(_ configured: [String: String]) -> [Observation] {
        let selection = headlineSelection(configured)
        return observations.filter { observation in
            selection.allSatisfy { name, value in (observation.dimensions[name] ?? "") == value }
        }
    }

    /// One region's headline series, sorted by period.
    public func headlineSeries(for region: RegionCode, _ configured: [String: String]) -> [Observation] {
        headline(configured).filter { $0.region == region }.sorted { $0.period < $1.period }
    }
}
