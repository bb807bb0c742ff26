/// Paths and markers of one line: segments between neighbouring values, dashed where either end is estimated;
/// a thin dotted bridge across periods without a value (see `LineJoin`); hollow markers for estimated values.
struct LineGeometry {
    let points: [LinePoint]
    let x: LinearScale
    let y: LinearScale
    /// How neighbouring values join: found once per line, for its paths and its markers, and shared by the
    /// sizes a chart is drawn at.
    let joins: [LineJoin]

    /// The dash pattern of a gap's bridge: round dots, unlike the dashes of estimated segments.
    static let bridgeDashes = "0 4"

    /// `step` is the series' period step, so values more than a period apart are bridged rather than joined.
    init(points: [LinePoint], x: LinearScale, y: LinearScale, step: Double? = nil) {
        self.init(points: points, joins: LineJoin.joins(points, step: step), x: x, y: y)
    }

    init(points: [LinePoint], joins: [LineJoin], x: LinearScale, y: LinearScale) {
        self.points = points
        self.joins = joins
        self.x = x
        self.y = y
    }

    private func position(_ point: LinePoint) -> (x: Double, y: Double)? {
        point.value.map { (x(point.x), y($0)) }
    }

    func writePaths(to svg: inout SVGWriter, strokeWidth: Double) {
        var solid = SVGPath()
        var dashed = SVGPath()
        var bridges = SVGPath()
        var solidEnd: (Double, Double)?
        var bridgeEnd: (Double, Double)?
        for join in joins {
            let from = points[join.from]
            let to = points[join.to]
            guard let a = position(from), let b = position(to) else { continue }
            if join.bridgesGap {
                if bridgeEnd.map({ $0 != (a.x, a.y) }) ?? true { bridges.move(a.x, a.y) }
                bridges.line(b.x, b.y)
                bridgeEnd = (b.x, b.y)
            } else if from.isEstimated || to.isEstimated {
                dashed.move(a.x, a.y)
                dashed.line(b.x, b.y)
            } else {
                if solidEnd.map({ $0 != (a.x, a.y) }) ?? true { solid.move(a.x, a.y) }
                solid.line(b.x, b.y)
                solidEnd = (b.x, b.y)
            }
        }
        if !solid.isEmpty {
            svg.open("path")
            svg.attribute("class", "line")
            svg.attribute("d", solid)
            svg.attribute("fill", "none")
            svg.attribute("stroke", "currentColor")
            svg.attribute("stroke-width", strokeWidth)
            svg.attribute("stroke-linejoin", "round")
            svg.attribute("stroke-linecap", "round")
            svg.close()
        }
        if !dashed.isEmpty {
            svg.open("path")
            svg.attribute("class", "line line-estimated")
            svg.attribute("d", dashed)
            svg.attribute("fill", "none")
            svg.attribute("stroke", "currentColor")
            svg.attribute("stroke-width", strokeWidth)
            svg.attribute("stroke-dasharray", "4 3")
            svg.attribute("stroke-linecap", "butt")
            svg.close()
        }
        if !bridges.isEmpty {
            svg.open("path")
            svg.attribute("class", "line line-gap")
            svg.attribute("d", bridges)
            svg.attribute("fill", "none")
            svg.attribute("stroke", "currentColor")
            svg.attribute("stroke-width", Self.bridgeWidth(strokeWidth))
            svg.attribute("stroke-dasharray", Self.bridgeDashes)
            svg.attribute("stroke-linecap", "round")
            svg.close()
        }
    }

    /// Thinner than the line, so the bridge never reads as measured, but round dots wide enough to see.
    static func bridgeWidth(_ strokeWidth: Double) -> Double { max(1.5, strokeWidth * 0.8) }

    /// Markers for every value when there is room, otherwise for the last value, values not joined to a
    /// measured neighbour (standing alone, or at either end of a gap's bridge), and estimated values.
    ///
    /// The filled markers are one path of round dots (`M x,y h0`: a zero-length stroke with round caps is a disc
    /// of the stroke's width), drawn exactly as circles of `radius` would be: a series of twenty years was twenty
    /// `<circle>` elements, four times the bytes. Estimated values stay hollow circles, after it.
    func writeMarkers(to svg: inout SVGWriter, radius: Double, markAll: Bool, markLast: Bool, paints: Paints) {
        let lastIndex = points.lastIndex { $0.value != nil }
        var measured = [Bool](repeating: false, count: points.count)
        var bridged = [Bool](repeating: false, count: points.count)
        for join in joins {
            if join.bridgesGap {
                bridged[join.from] = true
                bridged[join.to] = true
            } else {
                measured[join.from] = true
                measured[join.to] = true
            }
        }
        var dots = SVGPath()
        var hollow: [(x: Double, y: Double)] = []
        for index in points.indices {
            let point = points[index]
            guard let position = position(point) else { continue }
            let standsOut = !measured[index] || bridged[index]
            guard markAll || standsOut || point.isEstimated || (markLast && index == lastIndex) else { continue }
            if point.isEstimated {
                hollow.append(position)
            } else {
                dots.dot(position.x, position.y)
            }
        }
        if !dots.isEmpty {
            svg.open("path")
            svg.attribute("class", "point")
            svg.attribute("d", dots)
            svg.attribute("fill", "none")
            svg.attribute("stroke", "currentColor")
            svg.attribute("stroke-width", radius * 2)
            svg.attribute("stroke-linecap", "round")
            svg.close()
        }
        for position in hollow {
            svg.open("circle")
            svg.attribute("class", "point point-estimated hollow")
            svg.attribute("cx", position.x)
            svg.attribute("cy", position.y)
            svg.attribute("r", radius)
            svg.attribute("fill", paints.background.color)
            svg.attribute("stroke", "currentColor")
            svg.attribute("stroke-width", 1.5)
            svg.close()
        }
    }

    /// Marks above and left of their points, clear of the direct labels on the right.
    func writeFootnotes(to svg: inout SVGWriter, radius: Double, fontSize: Double, paints: Paints) {
        for point in points {
            guard let mark = point.footnote, !mark.isEmpty, let position = position(point) else { continue }
            TextLabel(lines: [mark], x: position.x - radius - 1, y: position.y - radius - 1, fontSize: fontSize,
                      anchor: .end, className: "footnote-mark", halo: true, bold: true)
                .write(to: &svg, paints: paints)
        }
    }
}
