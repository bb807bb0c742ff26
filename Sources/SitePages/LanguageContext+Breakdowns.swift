import Plotting
import SiteModel

/// One dimension of an indicator's data (area, sex, age, …) as its page shows it: every value off the headline
/// series by region and period beside the headline row it splits, and the latest period as bars.
struct BreakdownView: Sendable {
    /// The section's heading id, unique on the page.
    var id: String
    var heading: String
    var table: TableView
    var footnotes: [FootnoteView]
    var chart: ChartFigureView?
}

/// A row of a breakdown table: a region, and the values that set it apart from the headline series in words.
private struct BreakdownRowKey: Hashable {
    var region: RegionCode
    var words: String
    var isHeadline: Bool
}

extension LanguageContext {
    /// The most bars a breakdown chart draws; its table lists every row.
    static let breakdownChartLimit = 24

    /// A breakdown per dimension that has values other than the headline's, in the data file's column order.
    ///
    /// The table of a dimension holds every observation whose value of that dimension differs from the headline
    /// series, so every observation of the data file is printed on the page: the headline series in the data table,
    /// the rest here (a row that differs in two dimensions appears under both).
    func breakdowns(_ indicator: Indicator, on route: Route) -> [BreakdownView] {
        guard let data = site.data[indicator.id] else { return [] }
        let selection = data.headlineSelection(indicator.headline)
        let headlineRows = context.headline(indicator)
        return data.dimensionNames.enumerated().compactMap { index, dimension in
            let headlineValue = selection[dimension] ?? ""
            let split = data.observations.filter { ($0.dimensions[dimension] ?? "") != headlineValue }
            guard !split.isEmpty else { return nil }
            return breakdown(
                indicator, dimension: dimension, split: split, headlineRows: headlineRows, selection: selection,
                dimensions: data.dimensionNames, on: route, id: "b\(index + 1)")
        }
    }

    private func breakdown(
        _ indicator: Indicator, dimension: String, split: [Observation], headlineRows: [Observation],
        selection: [String: String], dimensions: [String], on route: Route, id: String
    ) -> BreakdownView {
        let labels = site.labels
        let dimensionName = labels.name(of: dimension, in: language)
        let total = strings["breakdown.total"]
        /// The values that set an observation apart from the headline series, as words.
        func valueWords(_ observation: Observation, isHeadline: Bool) -> String {
            if isHeadline {
                let value = selection[dimension] ?? ""
                return value.isEmpty ? total : labels.label(value, of: dimension, in: language)
            }
            return dimensions.compactMap { name -> String? in
                let value = observation.dimensions[name] ?? ""
                guard value != (selection[name] ?? "") else { return nil }
                return value.isEmpty ? total : labels.label(value, of: name, in: language)
            }.joined(separator: strings["breakdown.separator"])
        }

        // Rows keyed by region and words, in region order, the headline row first, then in file order.
        typealias Key = BreakdownRowKey
        let splitRegions = Set(split.map(\.region))
        let periods = Array(Set(split.map(\.period))).sorted()
        let periodSet = Set(periods)
        var order: [Key] = []
        var byKey: [Key: [Period: Observation]] = [:]
        func add(_ observation: Observation, isHeadline: Bool) {
            let key = Key(
                region: observation.region, words: valueWords(observation, isHeadline: isHeadline), isHeadline: isHeadline)
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: [:]][observation.period] = observation
        }
        for observation in headlineRows where splitRegions.contains(observation.region) && periodSet.contains(observation.period) {
            add(observation, isHeadline: true)
        }
        for observation in split { add(observation, isHeadline: false) }
        let regionOrder = Dictionary(site.regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let keys = order.enumerated().sorted { a, b in
            let (x, y) = (regionOrder[a.element.region] ?? Int.max, regionOrder[b.element.region] ?? Int.max)
            if x != y { return x < y }
            if a.element.isHeadline != b.element.isHeadline { return a.element.isHeadline }
            return a.offset < b.offset
        }.map(\.element)

        func header(_ key: Key, short: Bool) -> String {
            strings.format(
                "breakdown.row",
                [
                    "region": short ? regionShortName(key.region) : regionName(key.region),
                    "value": key.words,
                ])
        }
        let name = text(indicator.name)
        let (table, footnotes) = observationTable(
            keys.map { ObservationRow(header: header($0, short: false), headerHref: nil, role: nil, byPeriod: byKey[$0] ?? [:], periods: periods) },
            periods: periods,
            caption: strings.format(
                "breakdown.table_caption",
                ["name": name, "dimension": dimensionName, "unit": format.unitLabel(indicator.unit)]),
            corner: strings["breakdown.corner"], notePrefix: "\(id)n")

        return BreakdownView(
            id: "h-\(id)", heading: strings.format("breakdown.heading", ["dimension": dimensionName]), table: table,
            footnotes: footnotes,
            chart: breakdownChart(
                indicator, keys: keys, byKey: byKey, periods: periods, header: { header($0, short: true) },
                dimensionName: dimensionName, id: "\(id)c"))
    }

    /// The latest period of a breakdown with a value as bars: the featured regions' rows where any has one, else
    /// every region's, at most `breakdownChartLimit` bars.
    private func breakdownChart(
        _ indicator: Indicator, keys: [BreakdownRowKey], byKey: [BreakdownRowKey: [Period: Observation]],
        periods: [Period], header: (BreakdownRowKey) -> String, dimensionName: String,
        id: String
    ) -> ChartFigureView? {
        guard
            let period = periods.last(where: { period in
                keys.contains { !$0.isHeadline && byKey[$0]?[period]?.value != nil }
            })
        else { return nil }
        let valued = keys.filter { byKey[$0]?[period]?.value != nil }
        let featured = Set(featuredRegions)
        let shown =
            valued.contains { !$0.isHeadline && featured.contains($0.region) }
            ? valued.filter { featured.contains($0.region) } : valued
        let unitFormat = format.unitFormat(indicator.unit)
        let bars = shown.prefix(Self.breakdownChartLimit).compactMap { key -> Bar? in
            guard let value = byKey[key]?[period]?.value else { return nil }
            return Bar(
                label: header(key), value: value.doubleValue, valueLabel: unitFormat.format(value),
                role: key.isHeadline ? .primary : .context)
        }
        let title = strings.format(
            "breakdown.chart_title",
            ["name": text(indicator.name), "dimension": dimensionName, "period": period.text])
        var chartStrings = context.chartStrings(language)
        chartStrings.barChartKind = strings["breakdown.chart_kind"]
        chartStrings.regionHeader = strings["breakdown.corner"]
        let chart = { (id: String, width: Double) in
            BarChart(
                id: id, title: title, bars: bars, order: indicator.better == .lower ? .ascending : .descending,
                format: context.valueFormat(indicator, language), width: width, strings: chartStrings)
        }
        let wide = chart(id, 640)
        return ChartFigureView(
            id: "\(id)-figure", title: title,
            subtitle: strings.format("chart.bar_subtitle", ["unit": format.unitLabel(indicator.unit)]),
            svg: wide.svg(), svgNarrow: chart("\(id)n", 360).svg(), table: context.tableView(wide.table), notes: [],
            downloadHref: nil)
    }
}
