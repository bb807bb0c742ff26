/// The note under a chart that says what a dotted bridge means: a sample bridge between two values, then the
/// words, in the muted colour of the estimated note beside it.
struct GapNote {
    let text: String
    let fontSize: Double

    func write(to svg: inout SVGWriter, at point: (x: Double, y: Double), paints: Paints) {
        svg.open("g")
        svg.attribute("class", "note note-gap")
        dot(&svg, x: point.x + 4, y: point.y, paints: paints)
        svg.open("line")
        svg.attribute("class", "line-gap")
        svg.attribute("x1", point.x + 10)
        svg.attribute("x2", point.x + 24)
        svg.attribute("y1", point.y)
        svg.attribute("y2", point.y)
        svg.attribute("stroke", paints.muted.color)
        svg.attribute("stroke-width", 1.5)
        svg.attribute("stroke-dasharray", LineGeometry.bridgeDashes)
        svg.attribute("stroke-linecap", "round")
        svg.close()
        dot(&svg, x: point.x + 30, y: point.y, paints: paints)
        TextLabel(lines: [text], x: point.x + 36, y: point.y, fontSize: fontSize, baseline: .middle,
                  className: "note-label muted").write(to: &svg, paints: paints, fill: paints.muted.color)
        svg.close()
    }

    private func dot(_ svg: inout SVGWriter, x: Double, y: Double, paints: Paints) {
        svg.open("circle")
        svg.attribute("cx", x)
        svg.attribute("cy", y)
        svg.attribute("r", 2.5)
        svg.attribute("fill", paints.muted.color)
        svg.close()
    }
}
