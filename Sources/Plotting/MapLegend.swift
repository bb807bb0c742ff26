/// The legend above a map: its title, the sequential classes as adjacent swatches with their breaks below,
/// then each status present as a swatch and its words, wrapping onto new rows when the width runs out.
struct MapLegend {
    /// One mark of the legend, placed.
    private enum Mark {
        case text(TextLabel, fill: RGBColor?)
        case classSwatch(className: String, color: RGBColor, x: Double, y: Double, width: Double, height: Double)
        case statusSwatch(MapColoring.FillStyle, x: Double, y: Double, size: Double)
    }

    private let marks: [Mark]
    private let coloring: MapColoring
    let height: Double

    init(title: String, coloring: MapColoring, fills: [TileFill], format: ValueFormat, strings: ChartStrings,
         width: Double, fontSize: Double) {
        self.coloring = coloring
        let paints = coloring.paints
        var marks: [Mark] = []
        var y = fontSize * 0.3
        if !title.isEmpty {
            marks.append(.text(TextLabel(lines: [title], x: 0, y: y, fontSize: fontSize, baseline: .hanging,
                                         className: "legend-title"), fill: nil))
            y += fontSize * 1.6
        }
        let swatchHeight = 12.0
        var x = 0.0
        var rowHeight = swatchHeight
        if coloring.breaks.count >= 2 {
            let labels = coloring.breaks.enumerated().map { index, value in
                format.format(value, decimals: coloring.decimals,
                              withUnit: index == coloring.breaks.count - 1 && format.unitFitsOnTick)
            }
            let widest = labels.map { TextMetrics.width(of: $0, fontSize: fontSize) }.max() ?? 0
            let swatch = max(36, widest + 8)
            x = TextMetrics.width(of: labels[0], fontSize: fontSize) / 2 + 1
            for (index, ramp) in coloring.rampIndices.enumerated() {
                let paint = paints.sequential(ramp)
                marks.append(.classSwatch(className: "fill-" + paint.variable, color: paint.color,
                                          x: x + Double(index) * swatch, y: y, width: swatch, height: swatchHeight))
            }
            for (index, label) in labels.enumerated() where coloring.rampIndices.count > 1 || index == 0 {
                let at = x + Double(index) * swatch
                marks.append(.text(TextLabel(lines: [label], x: at, y: y + swatchHeight + 3, fontSize: fontSize,
                                             anchor: .middle, baseline: .hanging, className: "legend-label muted"),
                                   fill: paints.muted.color))
            }
            x += swatch * Double(coloring.rampIndices.count) + widest / 2 + fontSize * 1.5
            rowHeight = swatchHeight + 3 + fontSize * 1.2
        }
        var categories: [(TileFill, String)] = [(.met, strings.met), (.notMet, strings.notMet), (.noTarget, strings.noTarget)]
            .filter { category in fills.contains(category.0) }
        if fills.contains(where: \.isNoData) { categories.append((.noData, strings.noData)) }
        for (fill, words) in categories {
            let itemWidth = swatchHeight + 5 + TextMetrics.width(of: words, fontSize: fontSize)
            if x > 0 && x + itemWidth > width {
                x = 0
                y += rowHeight + 6
                rowHeight = swatchHeight
            }
            marks.append(.statusSwatch(coloring.fillStyle(for: fill), x: x, y: y, size: swatchHeight))
            marks.append(.text(TextLabel(lines: [words], x: x + swatchHeight + 5, y: y + swatchHeight / 2,
                                         fontSize: fontSize, baseline: .middle, className: "legend-label"),
                               fill: nil))
            x += itemWidth + fontSize * 1.5
        }
        self.marks = marks
        height = y + rowHeight
    }

    func write(to svg: inout SVGWriter) {
        let paints = coloring.paints
        svg.open("g")
        svg.attribute("class", "legend")
        for mark in marks {
            switch mark {
            case .text(let label, let fill):
                label.write(to: &svg, paints: paints, fill: fill)
            case .classSwatch(let className, let color, let x, let y, let width, let height):
                svg.open("rect")
                svg.attribute("class", className)
                svg.attribute("x", x)
                svg.attribute("y", y)
                svg.attribute("width", width)
                svg.attribute("height", height)
                svg.attribute("fill", color)
                svg.close()
            case .statusSwatch(let style, let x, let y, let size):
                svg.open("rect")
                svg.attribute("class", style.className)
                svg.attribute("x", x)
                svg.attribute("y", y)
                svg.attribute("width", size)
                svg.attribute("height", size)
                coloring.writeFill(style, to: &svg)
                svg.attribute("stroke", paints.muted.color)
                svg.attribute("stroke-width", 0.5)
                svg.close()
            }
        }
        svg.close()
    }
}
