/// One themeable colour: the CSS custom property a site may set and the palette colour used when it does not.
struct Paint: Hashable {
    let variable: String
    let color: RGBColor

    /// `var(--chart-primary,#0072b2)`.
    var css: String { "var(--chart-\(variable),\(color.hex))" }
    var hex: String { color.hex }
}

/// The themeable colours of a palette, named as the stylesheet and the presentation attributes use them.
struct Paints {
    let palette: ChartPalette

    var background: Paint { Paint(variable: "background", color: palette.background) }
    var text: Paint { Paint(variable: "text", color: palette.text) }
    var muted: Paint { Paint(variable: "muted", color: palette.mutedText) }
    var grid: Paint { Paint(variable: "grid", color: palette.grid) }
    var target: Paint { Paint(variable: "target", color: palette.target) }
    var targetBand: Paint { Paint(variable: "target-band", color: palette.targetBand) }
    var met: Paint { Paint(variable: "met", color: palette.met) }
    var notMet: Paint { Paint(variable: "not-met", color: palette.notMet) }
    var noTarget: Paint { Paint(variable: "no-target", color: palette.noTarget) }
    var noData: Paint { Paint(variable: "no-data", color: palette.noData) }

    /// Line or bar colour of a series and the darker shade its labels use to reach 4.5:1.
    func series(_ role: SeriesRole, comparatorIndex: Int = 0) -> (mark: Paint, label: Paint, className: String) {
        let (name, color): (String, RGBColor)
        switch role {
        case .primary: (name, color) = ("primary", palette.primary)
        case .context: (name, color) = ("context", palette.context)
        case .comparator:
            let index = comparatorIndex % palette.comparators.count
            (name, color) = ("comparator-\(index + 1)", palette.comparators[index])
        }
        let label = color.darkened(toContrast: 4.5, against: palette.background)
        return (Paint(variable: name, color: color), Paint(variable: "\(name)-text", color: label), "series-\(name)")
    }

    /// Sequential fill `index` of the full ramp (stable, so a site can restyle `--chart-seq-3` everywhere).
    func sequential(_ index: Int) -> Paint {
        Paint(variable: "seq-\(index + 1)", color: palette.sequential[index])
    }
}

extension Paints {
    /// The colours of every series of a chart, by role and comparator index: a chart of many context lines or
    /// bars darkens the context colour for its labels once (a search of up to a hundred contrast ratios), not once
    /// a series.
    func series(_ roles: [(role: SeriesRole, comparatorIndex: Int)])
        -> [(mark: Paint, label: Paint, className: String)]
    {
        var known: [SeriesRole: [Int: (mark: Paint, label: Paint, className: String)]] = [:]
        return roles.map { role, index in
            if let colours = known[role]?[index] { return colours }
            let colours = series(role, comparatorIndex: index)
            known[role, default: [:]][index] = colours
            return colours
        }
    }
}
