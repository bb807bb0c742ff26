extension BarChart {
    /// The chart as a standalone, accessible SVG document, identical byte for byte for identical input.
    public func svg() -> String { svg(summary: summary) }

    /// `svg()` with its `summary` given: a page draws the chart at two sizes, which say the same, so the summary
    /// is written once for both.
    public func svg(summary: String) -> String {
        svg(summary: summary, data: BarChartData(chart: self))
    }

    /// The chart as `svg(summary:)` writes it, and again `narrowWidth` wide with the id `narrowID`: a page's wide
    /// and narrow copies, which share their order, value texts and colours, found once.
    public func svgs(summary: String, narrowID: String, narrowWidth: Double) -> (wide: String, narrow: String) {
        let data = BarChartData(chart: self)
        var narrow = self
        narrow.id = narrowID
        narrow.width = max(narrowWidth, 200)
        return (svg(summary: summary, data: data), narrow.svg(summary: summary, data: data))
    }

    private func svg(summary: String, data: BarChartData) -> String {
        let layout = BarChartLayout(chart: self, data: data)
        let paints = Paints(palette: style.palette)
        let plot = layout.plot
        let frame = ChartFrame(id: ChartID(id), kind: "bar", width: width, height: layout.height, title: title,
                               description: summary, style: style, strings: strings)
        return frame.render { svg in
            if let target, target.metSide != 0 {
                let x = layout.scale(target.value)
                let (start, end) = target.metSide > 0 ? (x, plot.maxX) : (plot.minX, x)
                if end > start {
                    svg.open("rect")
                    svg.attribute("class", "target-band")
                    svg.attribute("x", start)
                    svg.attribute("y", plot.minY)
                    svg.attribute("width", end - start)
                    svg.attribute("height", plot.height)
                    svg.attribute("fill", paints.targetBand.color)
                    svg.attribute("fill-opacity", 0.08)
                    svg.close()
                }
            }
            for row in layout.rows { writeBar(row, to: &svg, layout: layout, data: data) }
            let zero = layout.scale(0)
            svg.open("line")
            svg.attribute("class", "axis")
            svg.attribute("x1", zero)
            svg.attribute("x2", zero)
            svg.attribute("y1", plot.minY)
            svg.attribute("y2", plot.maxY)
            svg.attribute("stroke", paints.muted.color)
            svg.close()
            if let reference {
                let x = layout.scale(reference.value)
                let colours = paints.series(.primary)
                svg.open("line")
                svg.attribute("class", "reference-rule ", colours.className)
                svg.attribute("color", colours.mark.color)
                svg.attribute("x1", x)
                svg.attribute("x2", x)
                svg.attribute("y1", plot.minY - 4)
                svg.attribute("y2", plot.maxY)
                svg.attribute("stroke", "currentColor")
                svg.attribute("stroke-width", 1.5)
                svg.close()
            }
            if let target {
                let x = layout.scale(target.value)
                svg.open("line")
                svg.attribute("class", "target-rule")
                svg.attribute("x1", x)
                svg.attribute("x2", x)
                svg.attribute("y1", plot.minY - 4)
                svg.attribute("y2", plot.maxY)
                svg.attribute("stroke", paints.target.color)
                svg.attribute("stroke-width", 1.5)
                svg.attribute("stroke-dasharray", "6 4")
                svg.close()
            }
            // Labels after the rules, with a halo, so a rule never crosses a value.
            for row in layout.rows { writeLabels(row, to: &svg, layout: layout, data: data, paints: paints) }
            for label in layout.ruleLabels {
                let fill = label.className == "target-label" ? paints.target : paints.series(.primary).label
                label.write(to: &svg, paints: paints, fill: fill.color)
            }
        }
    }

    /// The bar itself, in its row's colour.
    private func writeBar(_ row: BarChartLayout.Row, to svg: inout SVGWriter, layout: BarChartLayout,
                          data: BarChartData) {
        let colours = data.colours[row.index]
        svg.open("g")
        svg.attribute("class", "bar-row ", colours.className)
        svg.attribute("color", colours.mark.color)
        if let value = row.bar.value {
            let zero = layout.scale(0)
            let end = layout.scale(value)
            svg.open("rect")
            svg.attribute("class", "bar")
            svg.attribute("x", min(zero, end))
            svg.attribute("y", row.top + row.height / 2 - layout.barThickness / 2)
            svg.attribute("width", abs(end - zero))
            svg.attribute("height", layout.barThickness)
            svg.attribute("fill", "currentColor")
            svg.close()
        }
        svg.close()
    }

    /// The bar's name and value label, apart from the bar, so rules can be drawn between them.
    private func writeLabels(_ row: BarChartLayout.Row, to svg: inout SVGWriter, layout: BarChartLayout,
                             data: BarChartData, paints: Paints) {
        let bar = row.bar
        let centre = row.top + row.height / 2
        svg.open("g")
        svg.attribute("class", "bar-labels")
        TextLabel(lines: row.nameLines, x: layout.plot.minX - 10, y: centre, fontSize: layout.fontSize,
                  anchor: .end, baseline: .middle, className: "bar-label", bold: bar.role != .context)
            .write(to: &svg, paints: paints)
        let zero = layout.scale(0)
        if let value = bar.value {
            let end = layout.scale(value)
            TextLabel(lines: [data.valueTexts[row.index]], x: value < 0 ? end - 4 : end + 4, y: centre,
                      fontSize: layout.fontSize, anchor: value < 0 ? .end : .start, baseline: .middle,
                      className: "value-label", halo: true, bold: bar.role == .primary)
                .write(to: &svg, paints: paints)
        } else {
            TextLabel(lines: [strings.noData], x: zero + 4, y: centre, fontSize: layout.fontSize,
                      baseline: .middle, className: "value-label muted")
                .write(to: &svg, paints: paints, fill: paints.muted.color)
        }
        svg.close()
    }
}
