/// Colours for map regions and the legend that explains them, shared by the tile map and the choropleth.
///
/// Numbers fall into 3–7 classes with round breaks (d3 ticks over the nice extent), coloured light to dark
/// from the palette's sequential ramp; statuses get their own colours and words; "no data" is hatched and
/// named, never a colour alone.
struct MapColoring {
    let breaks: [Double]
    /// Index into the palette's full sequential ramp for each class.
    let rampIndices: [Int]
    let decimals: Int
    let paints: Paints
    /// The id of the hatching pattern, set for each copy of a map drawn from one colouring.
    var hatchID: String
    /// The fill and text of each class, then of the statuses and of hatching: found once per map, as a map's
    /// regions share a handful of them (a text colour is two contrast ratios, each four powers).
    private let classStyles: [FillStyle]
    private let statusStyles: (met: FillStyle, notMet: FillStyle, noTarget: FillStyle, hatched: FillStyle)

    /// A region's fill: its class and colour (nil for hatching), and the text that reads on it.
    struct FillStyle {
        let className: String
        let color: RGBColor?
        let text: TextStyle
    }

    /// Text on a fill: dark on light fills, light on dark ones, with a halo on hatching.
    struct TextStyle {
        let className: String
        let color: RGBColor
        let halo: Bool
    }

    init(fills: [TileFill], palette: ChartPalette, hatchID: String) {
        let paints = Paints(palette: palette)
        self.paints = paints
        self.hatchID = hatchID
        let (breaks, rampIndices, decimals) = Self.classes(of: fills, palette: palette)
        (self.breaks, self.rampIndices, self.decimals) = (breaks, rampIndices, decimals)
        func style(_ className: String, _ color: RGBColor?) -> FillStyle {
            FillStyle(className: className, color: color, text: Self.textStyle(on: color, paints: paints))
        }
        classStyles = rampIndices.map { index in
            let paint = paints.sequential(index)
            return style("fill-" + paint.variable, paint.color)
        }
        statusStyles = (style("fill-met", paints.met.color), style("fill-not-met", paints.notMet.color),
                        style("fill-no-target", paints.noTarget.color), style("fill-hatched", nil))
    }

    /// The class breaks, each class's index into the ramp, and the decimals the breaks need.
    private static func classes(of fills: [TileFill], palette: ChartPalette)
        -> (breaks: [Double], rampIndices: [Int], decimals: Int)
    {
        let values = fills.compactMap(\.number)
        guard let low = values.min(), let high = values.max() else { return ([], [], 0) }
        let ramp = palette.sequential.count
        if low == high { return ([low, high], [ramp / 2], 0) }
        var chosen: [Double] = [low, high]
        for count in [5, 4, 6, 3] {
            let nice = Ticks.nice(low, high, count: count)
            let candidate = Ticks.ticks(nice.start, nice.stop, count: count)
            if (3...min(7, ramp)).contains(candidate.count - 1) {
                chosen = candidate
                break
            }
        }
        let classes = chosen.count - 1
        let rampIndices = (0..<classes).map { index in
            // The lightest colour of the ramp is left out: it would hardly differ from the page or "no data".
            classes == 1 ? ramp / 2 : 1 + Int((Double(index) * Double(ramp - 2) / Double(classes - 1)).rounded())
        }
        return (chosen, rampIndices, Ticks.decimals(forStep: chosen[1] - chosen[0]))
    }

    private static func textStyle(on color: RGBColor?, paints: Paints) -> TextStyle {
        guard let color else { return TextStyle(className: "on-light", color: paints.text.color, halo: true) }
        return paints.palette.label(on: color) == paints.palette.text
            ? TextStyle(className: "on-light", color: paints.text.color, halo: false)
            : TextStyle(className: "on-dark", color: paints.background.color, halo: false)
    }

    /// Class of a number: the last break at or below it, clamped to the classes there are.
    func classIndex(_ value: Double) -> Int {
        let index = (breaks.lastIndex { $0 <= value } ?? 0)
        return min(max(index, 0), max(rampIndices.count - 1, 0))
    }

    /// The style of a region filled with `fill`.
    func fillStyle(for fill: TileFill) -> FillStyle {
        if let value = fill.number, !rampIndices.isEmpty { return classStyles[classIndex(value)] }
        switch fill {
        case .met: return statusStyles.met
        case .notMet: return statusStyles.notMet
        case .noTarget: return statusStyles.noTarget
        case .noData, .value: return statusStyles.hatched
        }
    }

    /// CSS class, fill attribute and the colour text on it must contrast with (nil for hatching).
    func style(for fill: TileFill) -> (className: String, fill: String, color: RGBColor?) {
        let style = fillStyle(for: fill)
        return (style.className, style.color?.hex ?? hatchFill, style.color)
    }

    /// The fill of hatched regions: the pattern of `hatchID`.
    var hatchFill: String { "url(#" + hatchID + ")" }

    /// Writes `fill` for a region filled with `fill`.
    func writeFill(_ style: FillStyle, to svg: inout SVGWriter) {
        if let color = style.color { svg.attribute("fill", color) } else { svg.attribute("fill", hatchFill) }
    }

    /// The diagonal hatching of "no data".
    func writeHatchPattern(to svg: inout SVGWriter) {
        svg.open("pattern")
        svg.attribute("id", hatchID)
        svg.attribute("patternUnits", "userSpaceOnUse")
        svg.attribute("width", 6)
        svg.attribute("height", 6)
        svg.attribute("patternTransform", "rotate(45)")
        svg.open("rect")
        svg.attribute("class", "hatch-ground")
        svg.attribute("width", 6)
        svg.attribute("height", 6)
        svg.attribute("fill", paints.background.color)
        svg.close()
        svg.open("line")
        svg.attribute("class", "hatch")
        svg.attribute("x1", 0)
        svg.attribute("y1", 0)
        svg.attribute("x2", 0)
        svg.attribute("y2", 6)
        svg.attribute("stroke", paints.noData.color)
        svg.attribute("stroke-width", 2)
        svg.attribute("stroke-opacity", 0.5)
        svg.close()
        svg.close()
    }
}
