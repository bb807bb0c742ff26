/// Paths and markers of one line: segments only between neighbouring values (a nil breaks the line), dashed
/// where either end is estimated; hollow markers for estimated values.
struct LineGeometry {
    let points: [LinePoint]
    let x: LinearScale
    let y: LinearScale

    private func position(_ point: LinePoint) -> (x: Double, y: Double)? {
        point.value.map { (x(point.x), y($0)) }
    }

    func paths(strokeWidth: Double) -> [SVGElement] {
        var solid = SVGPath()
        var dashed = SVGPath()
        var solidEnd: (Double, Double)?
        for (from, to) in zip(points, points.dropFirst()) {
            guard let a = position(from), let b = position(to) else { continue }
            if from.isEstimated || to.isEstimated {
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
        return elements
    }

    /// Markers for every value when there is room, otherwise for the last value, values standing alone
    /// between gaps, and estimated values.
    func markers(radius: Double, markAll: Bool, markLast: Bool, paints: Paints) -> [SVGElement] {
        let lastIndex = points.lastIndex { $0.value != nil }
        return points.indices.compactMap { index in
            let point = points[index]
            guard let position = position(point) else { return nil }
            let isolated = (index == 0 || points[index - 1].value == nil)
                && (index == points.count - 1 || points[index + 1].value == nil)
            guard markAll || isolated || point.isEstimated || (markLast && index == lastIndex) else { return nil }
            if point.isEstimated {
                return SVGElement("circle", [
                    "class": "point point-estimated hollow", "cx": position.x, "cy": position.y, "r": radius,
                    "fill": paints.background.hex, "stroke": "currentColor", "stroke-width": 1.5,
                ])
            }
            return SVGElement("circle", [
                "class": "point", "cx": position.x, "cy": position.y, "r": radius, "fill": "currentColor",
            ])
        }
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
