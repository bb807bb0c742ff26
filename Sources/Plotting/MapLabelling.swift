/// Name-and-value labels on map regions, shrunk or wrapped to fit their region, never below 10 px.
enum MapLabelling {
    /// A square tile with its name and value centred on it.
    static func tile(box: Rect, name: String, value: String, fill: TileFill, coloring: MapColoring,
                     fontSize: Double) -> SVGElement {
        let style = coloring.style(for: fill)
        var children = [
            SVGElement("rect", [
                "class": "tile \(style.className)", "x": box.x, "y": box.y, "width": box.width, "height": box.height,
                "fill": style.fill,
            ]),
        ]
        if let label = label(name: name, value: value, centre: (box.x + box.width / 2, box.y + box.height / 2),
                             maxWidth: box.width - 8, maxHeight: box.height - 6, fontSize: fontSize, fill: fill,
                             coloring: coloring) {
            children.append(label)
        }
        return SVGElement("g", ["class": "tile-group"], children: children)
    }

    /// The name (bold) over the value, as one text block centred at `centre`; nil when it cannot fit.
    static func label(name: String, value: String, centre: (x: Double, y: Double), maxWidth: Double,
                      maxHeight: Double, fontSize: Double, fill: TileFill, coloring: MapColoring) -> SVGElement? {
        var size = fontSize
        var nameLines: [String] = []
        while size >= 10 {
            nameLines = TextMetrics.wrap(name, maxWidth: maxWidth, fontSize: size)
            let lines = nameLines + [value]
            let widest = lines.map { TextMetrics.width(of: $0, fontSize: size) }.max() ?? 0
            let tall = (Double(lines.count - 1) * TextMetrics.lineHeight + 1.05) * size
            if widest * 1.06 <= maxWidth && tall <= maxHeight { break }
            size -= 1
        }
        guard size >= 10 else { return nil }
        let text = coloring.textClass(on: fill)
        let label = TextLabel(lines: nameLines + [value], x: centre.x, y: centre.y, fontSize: size, anchor: .middle,
                              baseline: .middle, className: "tile-label \(text.className)", halo: text.halo)
        var element = label.element(paints: coloring.paints).with("fill", text.fill)
        if element.children.count > 1 {
            for index in 0..<(element.children.count - 1) {
                element.children[index] = element.children[index].with("font-weight", "bold")
            }
        } else {
            element = element.with("font-weight", "bold")
        }
        return element
    }
}
