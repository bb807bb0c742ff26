import Foundation

/// The parts of GeoJSON (RFC 7946) a choropleth needs: features with an id and their polygons.
struct GeoFeature {
    typealias Ring = [(lon: Double, lat: Double)]
    var id: String?
    /// Polygons, each an outer ring followed by its holes.
    var polygons: [[Ring]]
}

enum GeoJSON {
    /// Features of a FeatureCollection, a single Feature or a bare Polygon/MultiPolygon geometry; `idProperty`
    /// names the property that identifies a feature (its top-level `id` is the fallback).
    static func features(from data: Data, idProperty: String) throws(GeoJSONError) -> [GeoFeature] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw GeoJSONError(path: "", message: "not valid JSON")
        }
        guard let object = root as? [String: Any], let type = object["type"] as? String else {
            throw GeoJSONError(path: "", message: "expected a GeoJSON object with a \"type\"")
        }
        switch type {
        case "FeatureCollection":
            guard let list = object["features"] as? [Any] else {
                throw GeoJSONError(path: "features", message: "expected an array of features")
            }
            var result: [GeoFeature] = []
            for (index, item) in list.enumerated() {
                result.append(try feature(item, idProperty: idProperty, path: "features[\(index)]"))
            }
            return result
        case "Feature":
            return [try feature(object, idProperty: idProperty, path: "")]
        default:
            return [GeoFeature(id: nil, polygons: try polygons(object, path: ""))]
        }
    }

    private static func feature(_ value: Any, idProperty: String, path: String) throws(GeoJSONError) -> GeoFeature {
        guard let object = value as? [String: Any], object["type"] as? String == "Feature" else {
            throw GeoJSONError(path: path, message: "expected a Feature")
        }
        let properties = object["properties"] as? [String: Any] ?? [:]
        let id = identifier(properties[idProperty]) ?? identifier(object["id"])
        guard let geometry = object["geometry"] as? [String: Any] else {
            return GeoFeature(id: id, polygons: [])
        }
        return GeoFeature(id: id, polygons: try polygons(geometry, path: join(path, "geometry")))
    }

    private static func identifier(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let number = value as? NSNumber {
            let double = number.doubleValue
            return double == double.rounded() && double.magnitude < 1e15 ? String(Int64(double)) : number.stringValue
        }
        return nil
    }

    private static func polygons(_ geometry: [String: Any], path: String) throws(GeoJSONError) -> [[GeoFeature.Ring]] {
        let type = geometry["type"] as? String ?? ""
        let coordinates = geometry["coordinates"]
        let coordinatesPath = join(path, "coordinates")
        switch type {
        case "Polygon":
            return [try polygon(coordinates, path: coordinatesPath)]
        case "MultiPolygon":
            guard let list = coordinates as? [Any] else {
                throw GeoJSONError(path: coordinatesPath, message: "expected an array of polygons")
            }
            var result: [[GeoFeature.Ring]] = []
            for (index, item) in list.enumerated() {
                result.append(try polygon(item, path: coordinatesPath + "[\(index)]"))
            }
            return result
        default:
            throw GeoJSONError(path: join(path, "type"),
                               message: "unsupported geometry \"\(type)\"; expected Polygon or MultiPolygon")
        }
    }

    private static func polygon(_ value: Any?, path: String) throws(GeoJSONError) -> [GeoFeature.Ring] {
        guard let rings = value as? [Any], !rings.isEmpty else {
            throw GeoJSONError(path: path, message: "expected an array of linear rings")
        }
        var result: [GeoFeature.Ring] = []
        for (ringIndex, ring) in rings.enumerated() {
            guard let positions = ring as? [Any], positions.count >= 4 else {
                throw GeoJSONError(path: path + "[\(ringIndex)]", message: "a linear ring needs at least 4 positions")
            }
            var points: GeoFeature.Ring = []
            for (index, position) in positions.enumerated() {
                guard let pair = position as? [NSNumber], pair.count >= 2,
                    pair[0].doubleValue.isFinite, pair[1].doubleValue.isFinite
                else {
                    throw GeoJSONError(path: path + "[\(ringIndex)][\(index)]", message: "expected [longitude, latitude]")
                }
                points.append((pair[0].doubleValue, pair[1].doubleValue))
            }
            result.append(points)
        }
        return result
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}
