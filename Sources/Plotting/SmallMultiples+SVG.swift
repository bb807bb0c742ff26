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

        var totalHeight = height
        if hasGaps { totalHeight += fontSize * 2.2 }
        let frame = ChartFrame(id: ChartID(id), kind: "small-multiples", width: width, height: max(totalHeight, 1),
                               title: title, description: summary, style: style, strings: strings)
        return frame.render { svg in
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
                svg.open("g")
                svg.attribute("class", "panel")
                // Numbers only beside the first panel of a row; the others share its scale.
                axis.write(to: &svg, left: originX, right: originX + panelWidth, gap: 8, paints: paints,
                           labels: column == 0)
                if let target {
                    let y = axis.scale(target.value)
                    svg.open("line")
                    svg.attribute("class", "target-rule")
                    svg.attribute("x1", originX)
                    svg.attribute("x2", originX + panelWidth)
                    svg.attribute("y1", y)
                    svg.attribute("y2", y)
                    svg.attribute("stroke", paints.target.color)
                    svg.attribute("stroke-width", 1)
                    svg.attribute("stroke-dasharray", "4 3")
                    svg.close()
                }
                let ordered = panel.series.sorted { $0.role.layer < $1.role.layer }
                var comparators = 0
                for series in ordered {
                    let colours = paints.series(series.role,
                                                comparatorIndex: series.role == .comparator ? comparators : 0)
                    if series.role == .comparator { comparators += 1 }
                    let geometry = LineGeometry(points: series.sortedPoints, x: x, y: axis.scale, step: series.step)
                    let main = series.role != .context
                    svg.open("g")
                    svg.attribute("class", "series ", colours.className)
                    svg.attribute("color", colours.mark.color)
                    geometry.writePaths(to: &svg, strokeWidth: main ? 2 : 1)
                    geometry.writeMarkers(to: &svg, radius: main ? 2.75 : 2, markAll: false, markLast: main,
                                          paints: paints)
                    svg.close()
                }
                let latest = panel.lead?.valuedPoints.last?.value.map(format.format)
                TextLabel(lines: [panel.title], x: originX, y: originY + fontSize * 0.4, fontSize: fontSize,
                          baseline: .hanging, className: "panel-title", bold: true).write(to: &svg, paints: paints)
                if let latest {
                    TextLabel(lines: [latest], x: originX + panelWidth, y: originY + fontSize * 0.4,
                              fontSize: fontSize, anchor: .end, baseline: .hanging, className: "panel-value")
                        .write(to: &svg, paints: paints)
                }
                if xs.isEmpty == false {
                    let labels = xStart == xEnd ? [xStart] : [xStart, xEnd]
                    for (position, value) in labels.enumerated() {
                        let label = allSeries.lazy.flatMap(\.points).first { $0.x == value }.map {
                            value == value.rounded() ? TimeAxis.yearLabel(value) : $0.label
                        } ?? TimeAxis.yearLabel(value)
                        TextLabel(lines: [label], x: x(value), y: plotBottom + 5, fontSize: fontSize,
                                  anchor: labels.count == 1 ? .middle : position == 0 ? .start : .end,
                                  baseline: .hanging, className: "tick-label muted")
                            .write(to: &svg, paints: paints, fill: paints.muted.color)
                    }
                }
                svg.close()
            }
            if hasGaps {
                GapNote(text: strings.gapNote, fontSize: fontSize)
                    .write(to: &svg, at: (left, height + fontSize * 1.4), paints: paints)
            }
        }
    }
}
