extension BarChart {
    /// The chart as a standalone, accessible SVG document, identical byte for byte for identical input.
    public func svg() -> String { svg(summary: summary) }

    /// `svg()` with its `summary` given: a page draws the chart at two sizes, which say the same, so the summary
    /// is written once for both.
    public func svg(summary: String) -> String {
        let layout = BarChartLayout(chart: self)
        let paints = Paints(palette: style.palette)
        let plot = layout.plot
        var body: [SVGElement] = []
        if let target, target.metSide != 0 {
            let x = layout.scale(target.value)
            let (start, end) = target.metSide > 0 ? (x, plot.maxX) : (plot.minX, x)
            if end > start {
                body.append(SVGElement("rect", [
                    "class": "target-band", "x": start, "y": plot.minY, "width": end - start, "height": plot.height,
                    "fill": paints.targetBand.hex, "fill-opacity": 0.08,
                ]))
            }
        }
        var comparators = 0
        let rows = layout.rows.map { row in
            defer { if row.bar.role == .comparator { comparators += 1 } }
            return barRow(row, comparatorIndex: row.bar.role == .comparator ? comparators : 0, layout: layout,
                          paints: paints)
        }
        body += rows.map(\.bar)
        let zero = layout.scale(0)
        body.append(SVGElement("line", [
            "class": "axis", "x1": zero, "x2": zero, "y1": plot.minY, "y2": plot.maxY, "stroke": paints.muted.hex,
        ]))
        if let reference {
            let x = layout.scale(reference.value)
            let colours = paints.series(.primary)
            body.append(SVGElement("line", [
                "class": "reference-rule \(colours.className)", "color": colours.mark.hex, "x1": x, "x2": x,
                "y1": plot.minY - 4, "y2": plot.maxY, "stroke": "currentColor", "stroke-width": 1.5,
            ]))
        }
        if let target {
            let x = layout.scale(target.value)
            body.append(SVGElement("line", [
                "class": "target-rule", "x1": x, "x2": x, "y1": plot.minY - 4, "y2": plot.maxY,
                "stroke": paints.target.hex, "stroke-width": 1.5, "stroke-dasharray": "6 4",
            ]))
        }
        // Labels after the rules, with a halo, so a rule never crosses a value.
        body += rows.map(\.labels)
        for label in layout.ruleLabels {
            let fill = label.className == "target-label" ? paints.target.hex : paints.series(.primary).label.hex
            body.append(label.element(paints: paints).with("fill", fill))
        }
        let frame = ChartFrame(id: ChartID(id), kind: "bar", width: width, height: layout.height, title: title,
                               description: summary, style: style, strings: strings)
        return frame.render(body: body)
    }

    /// The bar itself and, separately, its name and value label, so rules can be drawn between them.
    private func barRow(_ row: BarChartLayout.Row, comparatorIndex: Int, layout: BarChartLayout,
                        paints: Paints) -> (bar: SVGElement, labels: SVGElement) {
        let bar = row.bar
        let colours = paints.series(bar.role, comparatorIndex: comparatorIndex)
        let centre = row.top + row.height / 2
        let highlighted = bar.role != .context
        var shapes: [SVGElement] = []
        var labels = [
            TextLabel(lines: row.nameLines, x: layout.plot.minX - 10, y: centre, fontSize: layout.fontSize,
                      anchor: .end, baseline: .middle, className: "bar-label", bold: highlighted)
                .element(paints: paints),
        ]
        let zero = layout.scale(0)
        if let value = bar.value {
            let end = layout.scale(value)
            shapes.append(SVGElement("rect", [
                "class": "bar", "x": min(zero, end), "y": centre - layout.barThickness / 2,
                "width": abs(end - zero), "height": layout.barThickness, "fill": "currentColor",
            ]))
            labels.append(TextLabel(lines: [valueText(bar)], x: value < 0 ? end - 4 : end + 4, y: centre,
                                    fontSize: layout.fontSize, anchor: value < 0 ? .end : .start, baseline: .middle,
                                    className: "value-label", halo: true, bold: bar.role == .primary)
                .element(paints: paints))
        } else {
            labels.append(TextLabel(lines: [strings.noData], x: zero + 4, y: centre, fontSize: layout.fontSize,
                                      baseline: .middle, className: "value-label muted").element(paints: paints)
                .with("fill", paints.muted.hex))
        }
        let group: KeyValuePairs<String, any SVGAttributeValue> = [
            "class": "bar-row \(colours.className)", "color": colours.mark.hex,
        ]
        return (SVGElement("g", group, children: shapes), SVGElement("g", ["class": "bar-labels"], children: labels))
    }
}
