@testable import Plotting

/// A line's paths and markers as parsed elements, for checks of their attributes.
extension LineGeometry {
    func paths(strokeWidth: Double) -> [XMLNode] {
        Self.elements { writePaths(to: &$0, strokeWidth: strokeWidth) }
    }

    func markers(radius: Double, markAll: Bool, markLast: Bool, paints: Paints) -> [XMLNode] {
        Self.elements { writeMarkers(to: &$0, radius: radius, markAll: markAll, markLast: markLast, paints: paints) }
    }

    /// What `write` writes, inside a group that is left out.
    private static func elements(_ write: (inout SVGWriter) -> Void) -> [XMLNode] {
        var svg = SVGWriter()
        svg.open("g")
        write(&svg)
        svg.close()
        return SVGTree.parse(svg.markup)?.children ?? []
    }
}
