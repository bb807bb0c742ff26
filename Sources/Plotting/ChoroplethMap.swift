import Foundation

/// A choropleth from boundaries the site supplies as GeoJSON: an equirectangular projection with longitude
/// scaled by the cosine of the mean latitude, fitted to the width; the same colours and legend as the tile
/// map. Regions are labelled where the label fits inside them.
public struct ChoroplethMap: Sendable {
    public var id: String
    public var title: String
    public var areas: [MapArea]
    public var legendTitle: String
    public var format: ValueFormat
    public var width: Double
    public var strings: ChartStrings
    public var style: ChartStyle
    let features: [Feature]

    struct Feature: Sendable {
        var id: String?
        var polygons: [[[Point]]]
    }

    struct Point: Sendable {
        var x: Double
        var y: Double
    }

    /// Parses `geoJSON` once; throws when it is not GeoJSON with Polygon or MultiPolygon geometries.
    /// - Parameter featureIDProperty: the feature property matched against `MapArea.featureID`.
    public init(
        id: String, title: String, geoJSON: Data, featureIDProperty: String, areas: [MapArea],
        legendTitle: String = "", format: ValueFormat = ValueFormat(), width: Double = 640,
        strings: ChartStrings = .english, style: ChartStyle = .standard
    ) throws(GeoJSONError) {
        self.id = id
        self.title = title
        self.areas = areas
        self.legendTitle = legendTitle
        self.format = format
        self.width = max(width, 160)
        self.strings = strings
        self.style = style
        let parsed = try GeoJSON.features(from: geoJSON, idProperty: featureIDProperty)
        features = Self.project(parsed)
    }

    /// Longitude × cos(mean latitude), latitude flipped so north is up; units are degrees of latitude.
    private static func project(_ features: [GeoFeature]) -> [Feature] {
        let latitudes = features.flatMap { $0.polygons.joined().joined().map(\.lat) }
        let mean = ((latitudes.min() ?? 0) + (latitudes.max() ?? 0)) / 2
        let factor = cos(mean * Double.pi / 180)
        return features.map { feature in
            Feature(id: feature.id, polygons: feature.polygons.map { polygon in
                polygon.map { ring in ring.map { Point(x: $0.lon * factor, y: -$0.lat) } }
            })
        }
    }

    public var table: ChartTable {
        ChartTable(caption: title, columns: [strings.regionHeader, strings.valueHeader], rows: areas.map {
            [$0.name, $0.fill.isNoData ? strings.missingValue : $0.valueLabel]
        })
    }

    public var summary: String {
        MapSummary(strings: strings, kind: strings.choroplethKind, regions: areas.map { ($0.name, $0.valueLabel, $0.fill) }).text
    }
}
