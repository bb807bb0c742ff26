/// Builds path data ("M10,20L30,40Z") with the same number formatting as every other coordinate.
struct SVGPath {
    private(set) var data = ""

    var isEmpty: Bool { data.isEmpty }

    mutating func move(_ x: Double, _ y: Double) {
        data += "M" + SVGNumber.format(x) + "," + SVGNumber.format(y)
    }

    mutating func line(_ x: Double, _ y: Double) {
        data += "L" + SVGNumber.format(x) + "," + SVGNumber.format(y)
    }

    mutating func close() { data += "Z" }

    /// A zero-length segment at (x, y): with round caps, a dot as wide as the stroke.
    mutating func dot(_ x: Double, _ y: Double) {
        move(x, y)
        data += "h0"
    }
}
