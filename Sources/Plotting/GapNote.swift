/// The note under a chart that says what a dotted bridge means: a sample bridge between two values, then the
/// words, in the muted colour of the estimated note beside it.
struct GapNote {
    let text: String
    let fontSize: Double

    func element(at point: (x: Double, y: Double), paints: Paints) -> SVGElement {
        SVGElement("g", ["class": "note note-gap"], children: [
            SVGElement("circle", ["cx": point.x + 4, "cy": point.y, "r": 2.5, "fill": paints.muted.hex]),
            SVGElement("line", [
                "class": "line-gap", "x1": point.x + 10, "x2": point.x + 24, "y1": point.y, "y2": point.y,
                "stroke": paints.muted.hex, "stroke-width": 1.5, "stroke-dasharray": LineGeometry.bridgeDashes,
                "stroke-linecap": "round",
            ]),
            SVGElement("circle", ["cx": point.x + 30, "cy": point.y, "r": 2.5, "fill": paints.muted.hex]),
            TextLabel(lines: [text], x: point.x + 36, y: point.y, fontSize: fontSize, baseline: .middle,
                      className: "note-label muted").element(paints: paints)
                .with("fill", paints.muted.hex),
        ])
    }
}
