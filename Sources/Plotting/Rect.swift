/// An axis-aligned box in SVG user units, for plot areas and label collision checks.
struct Rect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var minX: Double { x }
    var maxX: Double { x + width }
    var minY: Double { y }
    var maxY: Double { y + height }

    func intersects(_ other: Rect, padding: Double = 0) -> Bool {
        minX < other.maxX + padding && other.minX < maxX + padding
            && minY < other.maxY + padding && other.minY < maxY + padding
    }
}
