/// The legend above a map: its title, the sequential classes as adjacent swatches with their breaks below,
/// then each status present as a swatch and its words, wrapping onto new rows when the width runs out.
struct MapLegend {
    let elements: [SVGElement]
    let height: Double

    init(title: String, coloring: MapColoring, fills: [TileFill], format: ValueFormat, strings: ChartStrings,
         width: Double, fontSize: Double) {
        let paints = coloring.paints
        var elements: [SVGElement] = []
        var y = fontSize * 0.3
        if !title.isEmpty {
            elements.append(TextLabel(lines: [title], x: 0, y: y, fontSize: fontSize, baseline: .hanging,
                                      className: "legend-title").element(paints: paints))
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
                elements.append(SVGElement("rect", [
                    "class": "fill-\(paint.variable)", "x": x + Double(index) * swatch, "y": y, "width": swatch,
                    "height": swatchHeight, "fill": paint.hex,
                ]))
            }
            for (index, label) in labels.enumerated() where coloring.rampIndices.count > 1 || index == 0 {
                let at = x + Double(index) * swatch
                elements.append(TextLabel(lines: [label], x: at, y: y + swatchHeight + 3, fontSize: fontSize,
                                          anchor: .middle,
                                          baseline: .hanging, className: "legend-label muted")
                    .element(paints: paints).with("fill", paints.muted.hex))
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
            let style = coloring.style(for: fill)
            elements.append(SVGElement("rect", [
                "class": style.className, "x": x, "y": y, "width": swatchHeight, "height": swatchHeight,
                "fill": style.fill, "stroke": paints.muted.hex, "stroke-width": 0.5,
            ]))
            elements.append(TextLabel(lines: [words], x: x + swatchHeight + 5, y: y + swatchHeight / 2,
                                      fontSize: fontSize, baseline: .middle, className: "legend-label")
                .element(paints: paints))
            x += itemWidth + fontSize * 1.5
        }
        self.elements = [SVGElement("g", ["class": "legend"], children: elements)]
        height = y + rowHeight
    }
}
