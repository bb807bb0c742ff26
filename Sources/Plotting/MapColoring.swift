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
    let hatchID: String

    init(fills: [TileFill], palette: ChartPalette, hatchID: String) {
        paints = Paints(palette: palette)
        self.hatchID = hatchID
        let values = fills.compactMap(\.number)
        guard let low = values.min(), let high = values.max() else {
            (breaks, rampIndices, decimals) = ([], [], 0)
            return
        }
        let ramp = palette.sequential.count
        if low == high {
            breaks = [low, high]
            rampIndices = [ramp / 2]
            decimals = 0
            return
        }
        var chosen: [Double] = [low, high]
        for count in [5, 4, 6, 3] {
            let nice = Ticks.nice(low, high, count: count)
            let candidate = Ticks.ticks(nice.start, nice.stop, count: count)
            if (3...min(7, ramp)).contains(candidate.count - 1) {
                chosen = candidate
                break
            }
        }
        breaks = chosen
        let classes = chosen.count - 1
        rampIndices = (0..<classes).map { index in
            // The lightest colour of the ramp is left out: it would hardly differ from the page or "no data".
            classes == 1 ? ramp / 2 : 1 + Int((Double(index) * Double(ramp - 2) / Double(classes - 1)).rounded())
        }
        decimals = Ticks.decimals(forStep: chosen[1] - chosen[0])
    }

    /// Class of a number: the last break at or below it, clamped to the classes there are.
    func classIndex(_ value: Double) -> Int {
        let index = (breaks.lastIndex { $0 <= value } ?? 0)
        return min(max(index, 0), max(rampIndices.count - 1, 0))
    }

    /// CSS class, fill attribute and the colour text on it must contrast with (nil for hatching).
    func style(for fill: TileFill) -> (className: String, fill: String, color: RGBColor?) {
        if let value = fill.number, !rampIndices.isEmpty {
            let paint = paints.sequential(rampIndices[classIndex(value)])
            return ("fill-\(paint.variable)", paint.hex, paint.color)
        }
        switch fill {
        case .met: return ("fill-met", paints.met.hex, paints.met.color)
        case .notMet: return ("fill-not-met", paints.notMet.hex, paints.notMet.color)
        case .noTarget: return ("fill-no-target", paints.noTarget.hex, paints.noTarget.color)
        case .noData, .value: return ("fill-hatched", "url(#\(hatchID))", nil)
        }
    }

    /// Class names for text on `fill`: dark text on light fills, light text on dark ones.
    func textClass(on fill: TileFill) -> (className: String, fill: String, halo: Bool) {
        guard let color = style(for: fill).color else { return ("on-light", paints.text.hex, true) }
        let label = paints.palette.label(on: color)
        return label == paints.palette.text ? ("on-light", paints.text.hex, false) : ("on-dark", paints.background.hex, false)
    }

    /// The diagonal hatching of "no data".
    var hatchPattern: SVGElement {
        SVGElement("pattern", [
            "id": hatchID, "patternUnits": "userSpaceOnUse", "width": 6, "height": 6,
            "patternTransform": "rotate(45)",
        ], children: [
            SVGElement("rect", ["class": "hatch-ground", "width": 6, "height": 6, "fill": paints.background.hex]),
            SVGElement("line", [
                "class": "hatch", "x1": 0, "y1": 0, "x2": 0, "y2": 6, "stroke": paints.noData.hex,
                "stroke-width": 2, "stroke-opacity": 0.5,
            ]),
        ])
    }
}
