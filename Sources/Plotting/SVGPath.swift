/// Builds path data ("M10,20L30,40Z") with the same number formatting as every other coordinate, as bytes the
/// writer copies into the chart as they are.
struct SVGPath {
    private(set) var data: [UInt8] = []

    var isEmpty: Bool { data.isEmpty }

    mutating func move(_ x: Double, _ y: Double) {
        data.append(UInt8(ascii: "M"))
        point(x, y)
    }

    mutating func line(_ x: Double, _ y: Double) {
        data.append(UInt8(ascii: "L"))
        point(x, y)
    }

    mutating func close() { data.append(UInt8(ascii: "Z")) }

    /// A zero-length segment at (x, y): with round caps, a dot as wide as the stroke.
    mutating func dot(_ x: Double, _ y: Double) {
        move(x, y)
        data.append(contentsOf: "h0".utf8)
    }

    private mutating func point(_ x: Double, _ y: Double) {
        SVGNumber.append(x, to: &data)
        data.append(UInt8(ascii: ","))
        SVGNumber.append(y, to: &data)
    }
}
