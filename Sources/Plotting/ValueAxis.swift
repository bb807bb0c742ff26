/// A vertical value axis drawn the data-journalism way: light gridlines across the plot, numbers at the left,
/// no axis line; the unit rides on the top label ("100%") or, when long, sits in a caption above the axis.
struct ValueAxis {
    let scale: LinearScale
    let ticks: [Double]
    let decimals: Int
    let format: ValueFormat
    let fontSize: Double

    /// A niced scale for `values` over the pixel range `bottom...top`, about one tick per 40 px.
    init(values: [Double], fromZero: Bool, range: (bottom: Double, top: Double), format: ValueFormat, fontSize: Double) {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if fromZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if low == high {
            // One value alone reads best against zero, like a bar; a value of zero gets a unit range.
            (low, high) = (min(low, 0), max(high, 0))
            if low == high { high = 1 }
        }
        let count = max(2, Int(((range.bottom - range.top) / 40).rounded(.down)))
        scale = LinearScale(domain: (low, high), range: (range.bottom, range.top)).niced(count: count)
        ticks = scale.ticks(count: count)
        decimals = scale.tickDecimals(count: count)
        self.format = format
        self.fontSize = fontSize
    }

    var unitOnTick: Bool { format.unitFitsOnTick }
    var needsCaption: Bool { !format.unitLabel.isEmpty && !unitOnTick }

    func label(_ value: Double) -> String {
        let isTop = value == ticks.last
        return format.format(value, decimals: decimals, withUnit: isTop && unitOnTick)
    }

    /// Width of the widest tick label, for the left margin.
    var labelWidth: Double {
        ticks.map { TextMetrics.width(of: label($0), fontSize: fontSize) }.max() ?? 0
    }

    /// Gridlines from `left` to `right` and, unless `labels` is false (a panel beside one that has them), labels
    /// ending `gap` px left of `left`.
    func write(to svg: inout SVGWriter, left: Double, right: Double, gap: Double, paints: Paints,
               labels: Bool = true) {
        svg.open("g")
        svg.attribute("class", "y-axis")
        svg.attribute("aria-hidden", "true")
        let positions = ticks.map { scale($0) }
        for (tick, y) in zip(ticks, positions) {
            svg.open("line")
            svg.attribute("class", tick == 0 ? "axis" : "grid")
            svg.attribute("x1", left)
            svg.attribute("x2", right)
            svg.attribute("y1", y)
            svg.attribute("y2", y)
            svg.attribute("stroke", tick == 0 ? paints.muted.color : paints.grid.color)
            svg.close()
        }
        if labels {
            for (tick, y) in zip(ticks, positions) {
                TextLabel(lines: [label(tick)], x: left - gap, y: y, fontSize: fontSize, anchor: .end,
                          baseline: .middle, className: "tick-label muted")
                    .write(to: &svg, paints: paints, fill: paints.muted.color)
            }
        }
        svg.close()
    }
}
