/// A horizontal time axis: whole years as plain integers ("2020", never "2,020" or "2020.5"), about one tick
/// per 80 px; periods within a year fall back to the points' own labels. Labels that would touch are thinned
/// by dropping every other one.
struct TimeAxis {
    let scale: LinearScale
    let ticks: [(value: Double, label: String)]
    let fontSize: Double

    /// `labels` maps each x of the data to the label its points carry.
    init(labels: [Double: String], range: (left: Double, right: Double), fontSize: Double) {
        let xs = labels.keys.sorted()
        let start = xs.first ?? 0
        let end = xs.last ?? 0
        scale = LinearScale(domain: (start, end), range: (range.left, range.right))
        self.fontSize = fontSize
        let count = max(2, Int(((range.right - range.left) / 80).rounded(.down)))
        let candidates: [(Double, String)]
        let years = Self.yearTicks(start: start, end: end, count: count)
        if start == end {
            candidates = [(start, labels[start] ?? Self.yearLabel(start))]
        } else if years.count >= 3 || xs.allSatisfy({ $0 == $0.rounded() }) {
            candidates = years.map { ($0, Self.yearLabel($0)) }
        } else {
            candidates = xs.map { ($0, labels[$0] ?? Self.yearLabel($0)) }
        }
        ticks = Self.thinned(candidates, scale: scale, fontSize: fontSize)
    }

    /// Multiples of a whole-year step of at least 1 inside `[start, end]`.
    static func yearTicks(start: Double, end: Double, count: Int) -> [Double] {
        guard start < end else { return [] }
        let step = max(1, Ticks.tickStep(start, end, count: count).rounded(.up))
        var value = (start / step).rounded(.up) * step
        var result: [Double] = []
        while value <= end {
            result.append(value)
            value += step
        }
        return result
    }

    static func yearLabel(_ value: Double) -> String {
        value == value.rounded() && value.magnitude < 1e9 ? String(Int(value)) : SVGNumber.format(value)
    }

    /// Keeps every other label until neighbours are at least half an em apart.
    private static func thinned(_ ticks: [(Double, String)], scale: LinearScale, fontSize: Double)
        -> [(value: Double, label: String)]
    {
        var kept = ticks
        func overlaps(_ list: [(Double, String)]) -> Bool {
            zip(list, list.dropFirst()).contains { left, right in
                let gap = scale(right.0) - scale(left.0)
                let needed = (TextMetrics.width(of: left.1, fontSize: fontSize)
                    + TextMetrics.width(of: right.1, fontSize: fontSize)) / 2 + fontSize / 2
                return gap < needed
            }
        }
        while kept.count > 1 && overlaps(kept) {
            kept = kept.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        }
        return kept.map { (value: $0.0, label: $0.1) }
    }

    /// Widest label, for margins that keep the first and last labels inside the chart.
    var labelWidths: (first: Double, last: Double) {
        (ticks.first.map { TextMetrics.width(of: $0.label, fontSize: fontSize) } ?? 0,
         ticks.last.map { TextMetrics.width(of: $0.label, fontSize: fontSize) } ?? 0)
    }

    /// Tick marks below `baseline` and labels under them.
    func write(to svg: inout SVGWriter, baseline: Double, paints: Paints) {
        svg.open("g")
        svg.attribute("class", "x-axis")
        svg.attribute("aria-hidden", "true")
        for tick in ticks {
            let x = scale(tick.value)
            svg.open("line")
            svg.attribute("class", "axis")
            svg.attribute("x1", x)
            svg.attribute("x2", x)
            svg.attribute("y1", baseline)
            svg.attribute("y2", baseline + 5)
            svg.attribute("stroke", paints.muted.color)
            svg.close()
        }
        for tick in ticks {
            TextLabel(lines: [tick.label], x: scale(tick.value), y: baseline + 10, fontSize: fontSize,
                      anchor: .middle, baseline: .hanging, className: "tick-label muted")
                .write(to: &svg, paints: paints, fill: paints.muted.color)
        }
        svg.close()
    }
}
