/// Paths and markers of one line: segments between neighbouring values, dashed where either end is estimated;
/// a thin dotted bridge across periods without a value (see `LineJoin`); hollow markers for estimated values.
struct LineGeometry {
    let points: [LinePoint]
    let x: LinearScale
    let y: LinearScale
    /// The series' period step, so values more than a period apart are bridged rather than joined.
    var step: Double? = nil

    /// The dash pattern of a gap's bridge: round dots, unlike the dashes of estimated segments.
    static let bridgeDashes = "0 4"

    private func position(_ point: LinePoint) -> (x: Double, y: Double)? {
        point.value.map { (x(point.x), y($0)) }
    }

    var joins: [LineJoin] { LineJoin.joins(points, step: step) }

    func paths(strokeWidth: Double) -> [SVGElement] {
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
        var elements: [SVGElement] = []
        if !solid.isEmpty {
            elements.append(SVGElement("path", [
                "class": "line", "d": solid.data, "fill": "none", "stroke": "currentColor",
                "stroke-width": strokeWidth, "stroke-linejoin": "round", "stroke-linecap": "round",
            ]))
        }
        if !dashed.isEmpty {
            elements.append(SVGElement("path", [
                "class": "line line-estimated", "d": dashed.data, "fill": "none", "stroke": "currentColor",
                "stroke-width": strokeWidth, "stroke-dasharray": "4 3", "stroke-linecap": "butt",
            ]))
        }
        if !bridges.isEmpty {
            elements.append(SVGElement("path", [
                "class": "line line-gap", "d": bridges.data, "fill": "none", "stroke": "currentColor",
                "stroke-width": Self.bridgeWidth(strokeWidth), "stroke-dasharray": Self.bridgeDashes,
                "stroke-linecap": "round",
            ]))
        }
        return elements
    }

    /// Thinner than the line, so the bridge never reads as measured, but round dots wide enough to see.
    static func bridgeWidth(_ strokeWidth: Double) -> Double { max(1.5, strokeWidth * 0.8) }

    /// Markers for every value when there is room, otherwise for the last value, values not joined to a
    /// measured neighbour (standing alone, or at either end of a gap's bridge), and estimated values.
    ///
    /// The filled markers are one path of round dots (`M x,y h0`: a zero-length stroke with round caps is a disc
    /// of the stroke's width), drawn exactly as circles of `radius` would be: a series of twenty years was twenty
    /// `<circle>` elements, four times the bytes. Estimated values stay hollow circles, after it.
    func markers(radius: Double, markAll: Bool, markLast: Bool, paints: Paints) -> [SVGElement] {
        let lastIndex = points.lastIndex { $0.value != nil }
        let joins = joins
        let measured = Set(joins.filter { !$0.bridgesGap }.flatMap { [$0.from, $0.to] })
        let bridged = Set(joins.filter(\.bridgesGap).flatMap { [$0.from, $0.to] })
        var dots = SVGPath()
        var hollow: [SVGElement] = []
        for index in points.indices {
            let point = points[index]
            guard let position = position(point) else { continue }
            let standsOut = !measured.contains(index) || bridged.contains(index)
            guard markAll || standsOut || point.isEstimated || (markLast && index == lastIndex) else { continue }
            if point.isEstimated {
                hollow.append(SVGElement("circle", [
                    "class": "point point-estimated hollow", "cx": position.x, "cy": position.y, "r": radius,
                    "fill": paints.background.hex, "stroke": "currentColor", "stroke-width": 1.5,
                ]))
            } else {
                dots.dot(position.x, position.y)
            }
        }
        guard !dots.isEmpty else { return hollow }
        return [SVGElement("path", [
            "class": "point", "d": dots.data, "fill": "none", "stroke": "currentColor", "stroke-width": radius * 2,
            "stroke-linecap": "round",
        ])] + hollow
    }

    /// Marks above and left of their points, clear of the direct labels on the right.
    func footnotes(radius: Double, fontSize: Double, paints: Paints) -> [SVGElement] {
        points.compactMap { point in
            guard let mark = point.footnote, !mark.isEmpty, let position = position(point) else { return nil }
            return TextLabel(lines: [mark], x: position.x - radius - 1, y: position.y - radius - 1, fontSize: fontSize,
                             anchor: .end, className: "footnote-mark", halo: true, bold: true)
                .element(paints: paints)
        }
    }
}
