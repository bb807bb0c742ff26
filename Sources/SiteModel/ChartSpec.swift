/// A chart a document asks for in a fenced `chart` block, as validated from its YAML body.
public struct ChartSpec: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case line, bar, map
    }

    public var indicator: IndicatorID
    public var kind: Kind
    /// Regions to draw; empty means the default (home region and comparators for a line chart, all for bar/map).
    public var regions: [RegionCode]
    /// The period of a bar chart or map; nil means the latest with data.
    public var period: String?
    /// Dimension values selecting the series (`{area: rural}`); empty means the headline series.
    public var filter: [String: String]

    public init(
        indicator: IndicatorID, kind: Kind = .line, regions: [RegionCode] = [], period: String? = nil,
        filter: [String: String] = [:]
    ) {
        self.indicator = indicator
        self.kind = kind
        self.regions = regions
        self.period = period
        self.filter = filter
    }
}
