extension SmallMultiples {
    public func svg() -> String {
        let paints = Paints(palette: style.palette)
        let fontSize = style.fontSize
        let allSeries = panels.flatMap(\.series)
        var values = allSeries.flatMap { $0.sortedPoints.compactMap(\.value) }
        if let target { values.append(target.value) }
        let xs = allSeries.flatMap { $0.sortedPoints.map(\.x) }
        let xStart = xs.min() ?? 0
        let xEnd = xs.max() ?? 0

        let titleHeight = fontSize * 1.7
        let axisHeight = fontSize * 1.6 + 4
        let panelHeight = titleHeight + plotHeight + axisHeight
        let rowGap = fontSize
        // Measures the shared axis' labels for the left margin; each panel builds the same scale at its place.
        let probe = ValueAxis(values: values, fromZero: yFromZero, range: (titleHeight + plotHeight, titleHeight),
                              format: format, fontSize: fontSize)
        let left = probe.labelWidth + 8
        let columnCount = min(max(1, columns ?? Int((width - left) / 150)), max(panels.count, 1))
        let gap = fontSize * 1.5
        let panelWidth = (width - left - gap * Double(columnCount - 1) - 4) / Double(columnCount)
        let rowCount = (panels.count + columnCount - 1) / columnCount
        let height = Double(rowCount) * panelHeight + Double(max(rowCount - 1, 0)) * rowGap

        var body: [SVGElement] = []
        for (index, panel) in panels.enumerated() {
            let column = index % columnCount
            let row = index / columnCount
            let originX = left + Double(column) * (panelWidth + gap)
            let originY = Double(row) * (panelHeight + rowGap)
            let plotTop = originY + titleHeight
            let plotBottom = plotTop + plotHeight
            let axis = ValueAxis(values: values, fromZero: yFromZero, range: (plotBottom, plotTop), format: format,
                                 fontSize: fontSize)
            let x = LinearScale(domain: (xStart, xEnd), range: (originX + 4, originX + panelWidth - 4))
            var children: [SVGElement] = []
            // Numbers only beside the first panel of a row; the others share its scale.
            let grid = axis.elements(left: originX, right: originX + panelWidth, gap: 8, paints: paints)
            children += column == 0 ? grid : grid.map(Self.withoutLabels)
            if let target {
                let y = axis.scale(target.value)
                children.append(SVGElement("line", [
                    "class": "target-rule", "x1": originX, "x2": originX + panelWidth, "y1": y, "y2": y,
                    "stroke": paints.target.hex, "stroke-width": 1, "stroke-dasharray": "4 3",
                ]))
            }
            let ordered = panel.series.sorted { $0.role.layer < $1.role.layer }
            var comparators = 0
            for series in ordered {
                let colours = paints.series(series.role, comparatorIndex: series.role == .comparator ? comparators : 0)
                if series.role == .comparator { comparators += 1 }
                let geometry = LineGeometry(points: series.sortedPoints, x: x, y: axis.scale, step: series.step)
                let main = series.role != .context
                var marks = geometry.paths(strokeWidth: main ? 2 : 1)
                marks += geometry.markers(radius: main ? 2.75 : 2, markAll: false, markLast: main, paints: paints)
                children.append(SVGElement("g", ["class": "series \(colours.className)", "color": colours.mark.hex],
                                           children: marks))
            }
            let latest = panel.lead?.valuedPoints.last?.value.map(format.format)
            let heading = TextLabel(lines: [panel.title], x: originX, y: originY + fontSize * 0.4, fontSize: fontSize,
                                    baseline: .hanging, className: "panel-title", bold: true)
            children.append(heading.element(paints: paints))
            if let latest {
                children.append(TextLabel(lines: [latest], x: originX + panelWidth, y: originY + fontSize * 0.4,
                                          fontSize: fontSize, anchor: .end, baseline: .hanging,
                                          className: "panel-value").element(paints: paints))
            }
            if xs.isEmpty == false {
                let labels = xStart == xEnd ? [xStart] : [xStart, xEnd]
                for (position, value) in labels.enumerated() {
                    let label = allSeries.lazy.flatMap(\.points).first { $0.x == value }.map {
                        value == value.rounded() ? TimeAxis.yearLabel(value) : $0.label
                    } ?? TimeAxis.yearLabel(value)
                    children.append(TextLabel(lines: [label], x: x(value), y: plotBottom + 5, fontSize: fontSize,
                                              anchor: labels.count == 1 ? .middle : position == 0 ? .start : .end,
                                              baseline: .hanging, className: "tick-label muted")
                        .element(paints: paints).with("fill", paints.muted.hex))
                }
            }
            body.append(SVGElement("g", ["class": "panel"], children: children))
        }
        var totalHeight = height
        if hasGaps {
            totalHeight += fontSize * 2.2
            body.append(GapNote(text: strings.gapNote, fontSize: fontSize)
                .element(at: (left, height + fontSize * 1.4), paints: paints))
        }
        let frame = ChartFrame(id: ChartID(id), kind: "small-multiples", width: width, height: max(totalHeight, 1),
                               title: title, description: summary, style: style, strings: strings)
        return frame.render(body: body)
    }

    /// The gridlines of an axis group without its labels, for panels after the first in a row.
    private static func withoutLabels(_ group: SVGElement) -> SVGElement {
        var copy = group
        copy.children = group.children.filter { $0.name != "text" }
        return copy
    }
}
