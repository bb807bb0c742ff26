import Plotting
import SiteModel

extension SiteContext {
    /// How an indicator's values read in charts: its decimals, the language's numbers, the unit around them.
    func valueFormat(_ indicator: Indicator, _ language: LanguageCode) -> ValueFormat {
        let affixes = unitAffixes(indicator.unit, language)
        return ValueFormat(
            numbers: numberFormat(language), decimals: indicator.decimals, prefix: affixes.prefix, suffix: affixes.suffix,
            isolated: direction(language) == "rtl")
    }

    /// Counts and amounts start at zero; rates and shares may zoom in on their range.
    func startsAtZero(_ indicator: Indicator) -> Bool {
        ["count", "ten_thousand", "yuan", "ten_thousand_yuan", "hundred_million_yuan"].contains(indicator.unit)
    }

    /// The target as a chart rule; `increase`/`decrease` have no threshold to draw.
    func chartTarget(_ indicator: Indicator, _ language: LanguageCode) -> ChartTarget? {
        guard let target = indicator.target, let value = target.value else { return nil }
        let comparison: ChartTarget.Comparison
        switch target.op {
        case .atLeast: comparison = .atLeast
        case .above: comparison = .above
        case .atMost: comparison = .atMost
        case .below: comparison = .below
        case .equal: comparison = .equal
        case .increase, .decrease: return nil
        }
        let label = strings(language).format(
            "chart.target_label",
            ["op": strings(language)["chart.op.\(comparison.rawValue)"], "value": formatValue(value, unit: indicator.unit, language)])
        return ChartTarget(value: value.doubleValue, comparison: comparison, label: label)
    }

    /// The look of charts in `language`: the standard one, written right to left where the language is. A chart
    /// in a page leaves its colour rules to `assets/almanac-charts.css`, which every page links: embedded, they
    /// were 2.4 KB in each of a page's up to six SVGs (its colours stay as presentation attributes).
    func chartStyle(_ language: LanguageCode) -> ChartStyle {
        ChartStyle(embedsStylesheet: false, direction: direction(language) == "rtl" ? .rightToLeft : .leftToRight)
    }

    /// `assets/almanac-charts.css`: the classes of every chart mapped to the `--chart-*` custom properties, so
    /// the site stylesheet's dark mode and a theme's colours reach the charts.
    func chartStylesheet() -> String {
        ChartStylesheet.css(for: chartStyle(defaultLanguage)) + "\n"
    }

    /// The words of charts in `language`, from the `chart_strings` section of the interface strings.
    func chartStrings(_ language: LanguageCode) -> ChartStrings {
        let texts = strings(language).texts
        var chart = ChartStrings.english
        for (key, path) in Self.chartStringKeys() {
            if let text = texts["chart_strings.\(key)"] { chart[keyPath: path] = text }
        }
        return chart
    }

    private static func chartStringKeys() -> [(String, WritableKeyPath<ChartStrings, String>)] {
        [
        ("language_tag", \.languageTag), ("list_separator", \.listSeparator), ("sentence_end", \.sentenceEnd),
        ("sentence_separator", \.sentenceSeparator), ("line_chart_kind", \.lineChartKind),
        ("bar_chart_kind", \.barChartKind), ("tile_map_kind", \.tileMapKind), ("choropleth_kind", \.choroplethKind),
        ("small_multiples_kind", \.smallMultiplesKind), ("rose", \.rose), ("fell", \.fell),
        ("unchanged", \.unchanged), ("single", \.single), ("series_no_data", \.seriesNoData),
        ("gap_sentence", \.gapSentence),
        ("target_met", \.targetMet), ("target_not_met", \.targetNotMet), ("highest", \.highest),
        ("lowest", \.lowest), ("rank", \.rank), ("met_list", \.metList), ("not_met_list", \.notMetList),
        ("no_data_list", \.noDataList), ("no_data", \.noData), ("other_series", \.otherSeries),
        ("missing_value", \.missingValue), ("met", \.met), ("not_met", \.notMet), ("no_target", \.noTarget),
        ("estimated_note", \.estimatedNote), ("gap_note", \.gapNote), ("period_header", \.periodHeader),
        ("region_header", \.regionHeader), ("value_header", \.valueHeader),
        ]
    }

    /// A chart's companion table as the page's table partial shows it.
    func tableView(_ table: ChartTable) -> TableView {
        TableView(
            caption: table.caption, corner: table.columns.first ?? "", headers: Array(table.columns.dropFirst()),
            rows: table.rows.map { row in
                TableView.Row(
                    header: row.first ?? "", headerHref: nil, role: nil,
                    cells: row.dropFirst().map { TableView.Cell(text: $0, flag: nil, flagText: nil) })
            })
    }
}
