/// Why a GeoJSON file could not be drawn, with where in the file the problem is.
public struct GeoJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A path into the document, such as "features[3].geometry.coordinates".
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
