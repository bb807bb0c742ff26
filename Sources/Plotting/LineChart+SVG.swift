extension LineChart {
    /// The chart as a standalone, accessible SVG document, identical byte for byte for identical input.
    public func svg() -> String { svg(summary: summary) }

    /// `svg()` with its `summary` given: a page draws the chart at two sizes, which say the same, so the summary
    /// is written once for both.
    public func svg(summary: String) -> String {
        let layout = LineChartLayout(chart: self)
        let paints = Paints(palette: style.palette)
        let frame = ChartFrame(id: ChartID(id), kind: "line", width: width, height: height, title: title,
                               description: summary, style: style, strings: strings)
        var body: [SVGElement] = []
        if let target { body.append(contentsOf: targetBand(target, layout: layout, paints: paints)) }
        body += layout.yAxis.elements(left: layout.plot.minX, right: layout.plot.maxX, gap: 8, paints: paints)
        body += layout.xAxis.elements(baseline: layout.plot.maxY, paints: paints)
        if let target { body.append(targetRule(target, layout: layout, paints: paints)) }
        let order = series.indices.sorted { (series[$0].role.layer, $0) < (series[$1].role.layer, $1) }
        for index in order {
            body.append(seriesGroup(index, layout: layout, paints: paints))
        }
        if let label = layout.targetLabel {
            body.append(label.element(paints: paints).with("fill", paints.target.hex))
        }
        if let caption = layout.unitCaption { body.append(caption.element(paints: paints).with("fill", paints.muted.hex)) }
        if !layout.legend.isEmpty { body.append(legend(layout: layout, paints: paints)) }
        if let note = layout.estimatedNote { body.append(estimatedNote(at: note, paints: paints)) }
        if let note = layout.gapNote {
            body.append(GapNote(text: strings.gapNote, fontSize: style.fontSize).element(at: note, paints: paints))
        }
        return frame.render(body: body)
    }

    private func targetBand(_ target: ChartTarget, layout: LineChartLayout, paints: Paints) -> [SVGElement] {
        guard target.metSide != 0 else { return [] }
        let ruleY = layout.yAxis.scale(target.value)
        let plot = layout.plot
        let (top, bottom) = target.metSide > 0 ? (plot.minY, ruleY) : (ruleY, plot.maxY)
        guard bottom > top else { return [] }
        return [SVGElement("rect", [
            "class": "target-band", "x": plot.minX, "y": top, "width": plot.width, "height": bottom - top,
            "fill": paints.targetBand.hex, "fill-opacity": 0.08,
        ])]
    }

    private func targetRule(_ target: ChartTarget, layout: LineChartLayout, paints: Paints) -> SVGElement {
        let y = layout.yAxis.scale(target.value)
        return SVGElement("line", [
            "class": "target-rule", "x1": layout.plot.minX, "x2": layout.plot.maxX, "y1": y, "y2": y,
            "stroke": paints.target.hex, "stroke-width": 1.5, "stroke-dasharray": "6 4",
        ])
    }

    private func seriesGroup(_ index: Int, layout: LineChartLayout, paints: Paints) -> SVGElement {
        let line = series[index]
        let colours = paints.series(line.role, comparatorIndex: layout.comparatorIndex[index])
        let geometry = LineGeometry(points: line.sortedPoints, x: layout.xAxis.scale, y: layout.yAxis.scale,
                                    step: line.step)
        let strokeWidth: Double = line.role == .primary ? 2.5 : line.role == .comparator ? 2 : 1.25
        let radius: Double = line.role == .primary ? 3.5 : line.role == .comparator ? 3 : 2.25
        var children = geometry.paths(strokeWidth: strokeWidth)
        let spacing = layout.plot.width / Double(max(1, layout.xAxis.scale.domain.end - layout.xAxis.scale.domain.start))
        let markAll = spacing >= (line.role == .context ? 24 : 16)
        children += geometry.markers(radius: radius, markAll: markAll, markLast: line.role != .context, paints: paints)
        children += geometry.footnotes(radius: radius, fontSize: layout.fontSize, paints: paints)
        for direct in layout.directLabels where direct.seriesIndex == index {
            if let leader = direct.leader {
                children.append(SVGElement("line", [
                    "class": "leader", "x1": leader.x1, "y1": leader.y1, "x2": leader.x2, "y2": leader.y2,
                    "stroke": "currentColor", "stroke-width": 0.75,
                ]))
            }
            children.append(direct.label.element(paints: paints).with("fill", colours.label.hex))
        }
        return SVGElement("g", ["class": "series \(colours.className)", "color": colours.mark.hex], children: children)
    }

    private func legend(layout: LineChartLayout, paints: Paints) -> SVGElement {
        let swatch = LineChartLayout.legendSwatch
        let items = layout.legend.map { entry in
            let colours = paints.series(entry.role, comparatorIndex: entry.comparatorIndex)
            let width: Double = entry.role == .primary ? 2.5 : entry.role == .comparator ? 2 : 1.25
            return SVGElement("g", ["class": colours.className, "color": colours.mark.hex], children: [
                SVGElement("line", [
                    "x1": entry.x, "x2": entry.x + swatch, "y1": entry.y, "y2": entry.y,
                    "stroke": "currentColor", "stroke-width": width,
                ]),
                TextLabel(lines: [entry.label], x: entry.x + swatch + 5, y: entry.y, fontSize: layout.fontSize,
                          baseline: .middle, className: "legend-label").element(paints: paints),
            ])
        }
        return SVGElement("g", ["class": "legend"], children: items)
    }

    private func estimatedNote(at point: (x: Double, y: Double), paints: Paints) -> SVGElement {
        SVGElement("g", ["class": "note"], children: [
            SVGElement("circle", [
                "class": "hollow", "cx": point.x + 4, "cy": point.y, "r": 3.5, "fill": paints.background.hex,
                "stroke": paints.muted.hex, "stroke-width": 1.5,
            ]),
            SVGElement("line", [
                "x1": point.x + 12, "x2": point.x + 30, "y1": point.y, "y2": point.y, "stroke": paints.muted.hex,
                "stroke-width": 1.5, "stroke-dasharray": "3 3",
            ]),
            TextLabel(lines: [strings.estimatedNote], x: point.x + 36, y: point.y, fontSize: style.fontSize,
                      baseline: .middle, className: "note-label muted").element(paints: paints)
                .with("fill", paints.muted.hex),
        ])
    }
}
