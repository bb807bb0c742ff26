/// Name-and-value labels on map regions, shrunk or wrapped to fit their region, never below 10 px.
enum MapLabelling {
    /// The smallest label size; below it a label is no longer legible.
    static let minimumFontSize = 10.0

    /// A square tile with its name and value centred on it. A tile always gets its label: when even the
    /// smallest size does not fit, the label is drawn at that size anyway, as the reader needs the number
    /// more than a clean edge.
    ///
    /// `oneLineFit` is `fit(name:value:in:fontSize:wrapsValue: false)` for this box where the caller found it
    /// already (`TileMap.tileTexts`), nil where not: the first half of the search, not repeated. `names` holds the
    /// name's wrapping where the caller keeps it across maps.
    static func writeTile(to svg: inout SVGWriter, box: Rect, name: String, value: String, fill: TileFill,
                          coloring: MapColoring, fontSize: Double, oneLineFit: LabelFit?? = nil,
                          names: TileLabelCache? = nil) {
        let style = coloring.fillStyle(for: fill)
        svg.open("g")
        svg.attribute("class", "tile-group")
        svg.open("rect")
        svg.attribute("class", "tile ", style.className)
        svg.attribute("x", box.x)
        svg.attribute("y", box.y)
        svg.attribute("width", box.width)
        svg.attribute("height", box.height)
        coloring.writeFill(style, to: &svg)
        svg.close()
        let maxWidth = box.width - 8
        let found = if let oneLineFit {
            oneLineFit ?? fit(name: name, value: value, maxWidth: maxWidth, maxHeight: box.height - 6,
                              fontSize: fontSize, passes: [true], names: names)
        } else {
            fit(name: name, value: value, in: box, fontSize: fontSize, names: names)
        }
        let fit = found
            ?? LabelFit(fontSize: minimumFontSize,
                        nameLines: TextMetrics.wrap(name, maxWidth: maxWidth, fontSize: minimumFontSize),
                        valueLines: TextMetrics.wrap(value, maxWidth: maxWidth, fontSize: minimumFontSize))
        write(fit, to: &svg, centre: (box.x + box.width / 2, box.y + box.height / 2), text: style.text,
              paints: coloring.paints)
        svg.close()
    }

    /// The name (bold) over the value, as one text block centred at `centre`; nothing when it cannot fit, as on a
    /// region too small to carry a label.
    static func writeLabel(to svg: inout SVGWriter, name: String, value: String, centre: (x: Double, y: Double),
                           maxWidth: Double, maxHeight: Double, fontSize: Double, fill: TileFill,
                           coloring: MapColoring) {
        guard let fit = fit(name: name, value: value, maxWidth: maxWidth, maxHeight: maxHeight, fontSize: fontSize)
        else { return }
        write(fit, to: &svg, centre: centre, text: coloring.fillStyle(for: fill).text, paints: coloring.paints)
    }

    /// A label's size and lines.
    struct LabelFit {
        var fontSize: Double
        var nameLines: [String]
        var valueLines: [String]
    }

    /// How a label fits on a tile: inset 4 px at the sides and 3 px above and below.
    static func fit(name: String, value: String, in tile: Rect, fontSize: Double,
                    wrapsValue: Bool = true, names: TileLabelCache? = nil) -> LabelFit? {
        fit(name: name, value: value, maxWidth: tile.width - 8, maxHeight: tile.height - 6, fontSize: fontSize,
            passes: wrapsValue ? [false, true] : [false], names: names)
    }

    /// The largest size, down to the minimum, at which the wrapped name over the value fits; the value stays on
    /// one line at any size before it is wrapped at its spaces (unless `wrapsValue` is false), so a number is
    /// split only as a last resort.
    static func fit(name: String, value: String, maxWidth: Double, maxHeight: Double, fontSize: Double,
                    wrapsValue: Bool = true) -> LabelFit? {
        fit(name: name, value: value, maxWidth: maxWidth, maxHeight: maxHeight, fontSize: fontSize,
            passes: wrapsValue ? [false, true] : [false])
    }

    /// `fit`'s search, one pass for each of `passes`: with the value on one line (false), then wrapped (true).
    /// The name's lines at each size come from `names` where given (kept across maps), else are found here, once
    /// for both passes; the value is split into pieces once for every size tried.
    private static func fit(name: String, value: String, maxWidth: Double, maxHeight: Double, fontSize: Double,
                            passes: [Bool], names: TileLabelCache? = nil) -> LabelFit? {
        let layouts = names?.layouts(of: name, maxWidth: maxWidth, fontSize: fontSize)
            ?? TileLabelCache.layouts(of: name, maxWidth: maxWidth, fontSize: fontSize)
        var wrappedValue = TextMetrics.Wrappable(value)
        for wrapsValue in passes {
            var size = fontSize
            var step = 0
            while size >= minimumFontSize {
                let nameLines = layouts.lines[step]
                let valueLines = wrapsValue ? wrappedValue.lines(maxWidth: maxWidth, fontSize: size) : [value]
                // The widest of the name's lines and the value's: the widest of them all, as one list gave it.
                let widest = max(layouts.widest[step],
                                 valueLines.map { TextMetrics.width(of: $0, fontSize: size) }.max() ?? 0)
                let tall = (Double(nameLines.count + valueLines.count - 1) * TextMetrics.lineHeight + 1.05) * size
                if widest * 1.06 <= maxWidth && tall <= maxHeight {
                    return LabelFit(fontSize: size, nameLines: nameLines, valueLines: valueLines)
                }
                size -= 1
                step += 1
            }
        }
        return nil
    }

    private static func write(_ fit: LabelFit, to svg: inout SVGWriter, centre: (x: Double, y: Double),
                              text: MapColoring.TextStyle, paints: Paints) {
        let label = TextLabel(lines: fit.nameLines + fit.valueLines, x: centre.x, y: centre.y, fontSize: fit.fontSize,
                              anchor: .middle, baseline: .middle, className: "tile-label " + text.className,
                              halo: text.halo)
        label.write(to: &svg, paints: paints, fill: text.color, boldLines: fit.nameLines.count)
    }
}
