/// One region of a choropleth, matched to a GeoJSON feature by the value of its id property.
public struct MapArea: Sendable, Hashable {
    /// The feature's id property value, e.g. the adcode "620100".
    public var featureID: String
    public var name: String
    public var valueLabel: String
    public var fill: TileFill

    public init(featureID: String, name: String, valueLabel: String, fill: TileFill) {
        self.featureID = featureID
        self.name = name
        self.valueLabel = valueLabel
        self.fill = fill
    }
}
