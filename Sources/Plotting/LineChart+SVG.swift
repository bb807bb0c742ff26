extension LineChart {
    /// The chart as a standalone, accessible SVG document, identical byte for byte for identical input.
    public func svg() -> String { svg(summary: summary) }

    /// `svg()` with its `summary` given: a page draws the chart at two sizes, which say the same, so the summary
    /// is written once for both.
    public func svg(summary: String) -> String {
        svg(summary: summary, data: LineChartData(chart: self))
    }

    /// The chart as `svg(summary:)` writes it, and again at `narrowWidth` × `narrowHeight` with the id
    /// `narrowID`: a page's wide and narrow copies, which share their points, joins, value texts and colours,
    /// found once.
    public func svgs(summary: String, narrowID: String, narrowWidth: Double, narrowHeight: Double)
        -> (wide: String, narrow: String)
    {
        let data = LineChartData(chart: self)
        var narrow = self
        narrow.id = narrowID
        narrow.width = max(narrowWidth, 160)
        narrow.height = max(narrowHeight, 120)
        return (svg(summary: summary, data: data), narrow.svg(summary: summary, data: data))
    }

    private func svg(summary: String, data: LineChartData) -> String {
        let layout = LineChartLayout(chart: self, data: data)
        let paints = Paints(palette: style.palette)
        let frame = ChartFrame(id: ChartID(id), kind: "line", width: width, height: height, title: title,
                               description: summary, style: style, strings: strings)
        return frame.render { svg in
            if let target { writeTargetBand(target, to: &svg, layout: layout, paints: paints) }
            layout.yAxis.write(to: &svg, left: layout.plot.minX, right: layout.plot.maxX, gap: 8, paints: paints)
            layout.xAxis.write(to: &svg, baseline: layout.plot.maxY, paints: paints)
            if let target { writeTargetRule(target, to: &svg, layout: layout, paints: paints) }
            let order = series.indices.sorted { (series[$0].role.layer, $0) < (series[$1].role.layer, $1) }
            for index in order {
                writeSeries(index, to: &svg, layout: layout, data: data, paints: paints)
            }
            if let label = layout.targetLabel {
                label.write(to: &svg, paints: paints, fill: paints.target.color)
            }
            if let caption = layout.unitCaption {
                caption.write(to: &svg, paints: paints, fill: paints.muted.color)
            }
            if !layout.legend.isEmpty { writeLegend(to: &svg, layout: layout, paints: paints) }
            if let note = layout.estimatedNote { writeEstimatedNote(at: note, to: &svg, paints: paints) }
            if let note = layout.gapNote {
                GapNote(text: strings.gapNote, fontSize: style.fontSize).write(to: &svg, at: note, paints: paints)
            }
        }
    }

    private func writeTargetBand(_ target: ChartTarget, to svg: inout SVGWriter, layout: LineChartLayout,
                                 paints: Paints) {
        guard target.metSide != 0 else { return }
        let ruleY = layout.yAxis.scale(target.value)
        let plot = layout.plot
        let (top, bottom) = target.metSide > 0 ? (plot.minY, ruleY) : (ruleY, plot.maxY)
        guard bottom > top else { return }
        svg.open("rect")
        svg.attribute("class", "target-band")
        svg.attribute("x", plot.minX)
        svg.attribute("y", top)
        svg.attribute("width", plot.width)
        svg.attribute("height", bottom - top)
        svg.attribute("fill", paints.targetBand.color)
        svg.attribute("fill-opacity", 0.08)
        svg.close()
    }

    private func writeTargetRule(_ target: ChartTarget, to svg: inout SVGWriter, layout: LineChartLayout,
                                 paints: Paints) {
        let y = layout.yAxis.scale(target.value)
        svg.open("line")
        svg.attribute("class", "target-rule")
        svg.attribute("x1", layout.plot.minX)
        svg.attribute("x2", layout.plot.maxX)
        svg.attribute("y1", y)
        svg.attribute("y2", y)
        svg.attribute("stroke", paints.target.color)
        svg.attribute("stroke-width", 1.5)
        svg.attribute("stroke-dasharray", "6 4")
        svg.close()
    }

    private func writeSeries(_ index: Int, to svg: inout SVGWriter, layout: LineChartLayout, data: LineChartData,
                             paints: Paints) {
        let line = series[index]
        let colours = data.colours[index]
        let geometry = LineGeometry(points: data.sorted[index], joins: data.joins[index], x: layout.xAxis.scale,
                                    y: layout.yAxis.scale)
        let strokeWidth: Double = line.role == .primary ? 2.5 : line.role == .comparator ? 2 : 1.25
        let radius: Double = line.role == .primary ? 3.5 : line.role == .comparator ? 3 : 2.25
        svg.open("g")
        svg.attribute("class", "series ", colours.className)
        svg.attribute("color", colours.mark.color)
        geometry.writePaths(to: &svg, strokeWidth: strokeWidth)
        let spacing = layout.plot.width / Double(max(1, layout.xAxis.scale.domain.end - layout.xAxis.scale.domain.start))
        let markAll = spacing >= (line.role == .context ? 24 : 16)
        geometry.writeMarkers(to: &svg, radius: radius, markAll: markAll, markLast: line.role != .context,
                              paints: paints)
        geometry.writeFootnotes(to: &svg, radius: radius, fontSize: layout.fontSize, paints: paints)
        for direct in layout.directLabels where direct.seriesIndex == index {
            if let leader = direct.leader {
                svg.open("line")
                svg.attribute("class", "leader")
                svg.attribute("x1", leader.x1)
                svg.attribute("y1", leader.y1)
                svg.attribute("x2", leader.x2)
                svg.attribute("y2", leader.y2)
                svg.attribute("stroke", "currentColor")
                svg.attribute("stroke-width", 0.75)
                svg.close()
            }
            direct.label.write(to: &svg, paints: paints, fill: colours.label.color)
        }
        svg.close()
    }

    private func writeLegend(to svg: inout SVGWriter, layout: LineChartLayout, paints: Paints) {
        let swatch = LineChartLayout.legendSwatch
        svg.open("g")
        svg.attribute("class", "legend")
        for entry in layout.legend {
            let colours = paints.series(entry.role, comparatorIndex: entry.comparatorIndex)
            let width: Double = entry.role == .primary ? 2.5 : entry.role == .comparator ? 2 : 1.25
            svg.open("g")
            svg.attribute("class", colours.className)
            svg.attribute("color", colours.mark.color)
            svg.open("line")
            svg.attribute("x1", entry.x)
            svg.attribute("x2", entry.x + swatch)
            svg.attribute("y1", entry.y)
            svg.attribute("y2", entry.y)
            svg.attribute("stroke", "currentColor")
            svg.attribute("stroke-width", width)
            svg.close()
            TextLabel(lines: [entry.label], x: entry.x + swatch + 5, y: entry.y, fontSize: layout.fontSize,
                      baseline: .middle, className: "legend-label").write(to: &svg, paints: paints)
            svg.close()
        }
        svg.close()
    }

    private func writeEstimatedNote(at point: (x: Double, y: Double), to svg: inout SVGWriter, paints: Paints) {
        svg.open("g")
        svg.attribute("class", "note")
        svg.open("circle")
        svg.attribute("class", "hollow")
        svg.attribute("cx", point.x + 4)
        svg.attribute("cy", point.y)
        svg.attribute("r", 3.5)
        svg.attribute("fill", paints.background.color)
        svg.attribute("stroke", paints.muted.color)
        svg.attribute("stroke-width", 1.5)
        svg.close()
        svg.open("line")
        svg.attribute("x1", point.x + 12)
        svg.attribute("x2", point.x + 30)
        svg.attribute("y1", point.y)
        svg.attribute("y2", point.y)
        svg.attribute("stroke", paints.muted.color)
        svg.attribute("stroke-width", 1.5)
        svg.attribute("stroke-dasharray", "3 3")
        svg.close()
        TextLabel(lines: [strings.estimatedNote], x: point.x + 36, y: point.y, fontSize: style.fontSize,
                  baseline: .middle, className: "note-label muted")
            .write(to: &svg, paints: paints, fill: paints.muted.color)
        svg.close()
    }
}
