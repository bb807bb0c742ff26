/// The CSS that maps chart classes to custom properties (`--chart-primary`, `--chart-text`, …), so a site theme
/// or a dark mode only sets variables. Every rule sits in `:where()`, so any site rule overrides it.
public enum ChartStylesheet {
    public static func css(for style: ChartStyle = .standard) -> String {
        let paints = Paints(palette: style.palette)
        var rules: [(String, String)] = [
            ("text", "fill:\(paints.text.css)"),
            (".muted", "fill:\(paints.muted.css)"),
            (".grid", "stroke:\(paints.grid.css)"),
            (".axis", "stroke:\(paints.muted.css)"),
            (".halo", "stroke:\(paints.background.css)"),
            (".hollow", "fill:\(paints.background.css)"),
            (".target-rule", "stroke:\(paints.target.css)"),
            (".target-band", "fill:\(paints.targetBand.css)"),
            (".fill-met", "fill:\(paints.met.css)"),
            (".fill-not-met", "fill:\(paints.notMet.css)"),
            (".fill-no-target", "fill:\(paints.noTarget.css)"),
            (".hatch-ground", "fill:\(paints.background.css)"),
            (".hatch", "stroke:\(paints.noData.css)"),
            (".tile-outline", "stroke:\(paints.background.css)"),
            (".on-dark", "fill:\(paints.background.css)"),
            (".on-light", "fill:\(paints.text.css)"),
        ]
        var roles: [(SeriesRole, Int)] = [(.primary, 0), (.context, 0)]
        roles += style.palette.comparators.indices.map { (.comparator, $0) }
        for (role, index) in roles {
            let series = paints.series(role, comparatorIndex: index)
            rules.append((".\(series.className)", "color:\(series.mark.css)"))
            rules.append((".\(series.className) .direct-label", "fill:\(series.label.css)"))
        }
        for index in style.palette.sequential.indices {
            rules.append((".fill-seq-\(index + 1)", "fill:\(paints.sequential(index).css)"))
        }
        return rules.map { selector, declaration in
            ":where(.chart \(selector)){\(declaration)}"
        }.joined(separator: "\n")
    }
}
