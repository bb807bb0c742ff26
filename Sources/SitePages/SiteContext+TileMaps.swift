import Plotting
import SiteModel

extension SiteContext {
    /// The regions placed on the tile grid: the home region's children that have a grid position.
    var mappedRegions: [Region] { mappedRegions(under: homeRegion) }

    /// The children of `parent` that have a grid position: a tile grid is drawn for one parent's subdivisions.
    func mappedRegions(under parent: RegionCode) -> [Region] {
        (hierarchy.children[parent] ?? []).compactMap { site.regionIndex[$0] }.filter { $0.gridPosition != nil }
    }

    /// Each mapped region's value in `period` (the subdivisions of `parent`, by default the home region's), shaded
    /// on a sequential palette; regions without one say so.
    /// `ranked` is `ranking(indicator, period, filter:)` where the caller has it already.
    func tileMapFigure(
        _ indicator: Indicator, _ period: Period, regions chosen: [RegionCode]? = nil, under parent: RegionCode? = nil,
        filter: [String: String] = [:], ranked: [(RegionCode, Observation)]? = nil, _ language: LanguageCode,
        on route: Route, id: String
    ) -> ChartFigureView? {
        let regions = mappedRegions(under: parent ?? homeRegion).filter { chosen?.contains($0.code) ?? true }
        let values = Dictionary(
            (ranked ?? ranking(indicator, period, filter: filter)).map { ($0.0, $0.1) },
            uniquingKeysWith: { first, _ in first })
        guard !regions.isEmpty, regions.contains(where: { values[$0.code] != nil }) else { return nil }
        let strings = strings(language)
        let format = unitFormat(indicator.unit, language)
        let noData = chartStrings(language).noData
        let tiles = regions.map { region -> Tile in
            let value = values[region.code]?.value
            return Tile(
                row: region.gridPosition!.row, column: region.gridPosition!.column,
                name: region.shortName(in: language, fallbacks: languages),
                valueLabel: value.map(format.format) ?? noData,
                fill: value.map { .value($0.doubleValue) } ?? .noData)
        }
        let name = text(indicator.name, language)
        let wide = TileMap(
            id: id, title: strings.format("compare.map_title", ["name": name, "period": period.text]), tiles: tiles,
            legendTitle: unitLabel(indicator.unit, language), format: valueFormat(indicator, language),
            width: 640, strings: chartStrings(language), style: chartStyle(language), labels: tileLabels(language))
        let summary = wide.summary
        let svgs = wide.svgs(summary: summary, narrowID: "\(id)n", narrowWidth: 360)
        return ChartFigureView(
            id: "\(id)-figure", title: wide.title,
            subtitle: strings.format("chart.map_subtitle", ["unit": unitLabel(indicator.unit, language)]),
            svg: svgs.wide, svgNarrow: svgs.narrow,
            table: tableView(wide.table), notes: [],
            downloadHref: nil)
    }

    /// How many indicators have data for each mapped region: where the picture is complete and where not.
    func regionCoverageMap(_ language: LanguageCode, on route: Route, id: String) -> ChartFigureView? {
        let regions = mappedRegions
        guard !regions.isEmpty else { return nil }
        let strings = strings(language)
        let tiles = regions.map { region -> Tile in
            let count = site.indicators.filter { latest($0, region.code) != nil }.count
            return Tile(
                row: region.gridPosition!.row, column: region.gridPosition!.column,
                name: region.shortName(in: language, fallbacks: languages), valueLabel: String(count),
                fill: count > 0 ? .value(Double(count)) : .noData)
        }
        let wide = TileMap(
            id: id, title: strings["chart.coverage_title"], tiles: tiles,
            legendTitle: strings["chart.coverage_subtitle"],
            format: ValueFormat(numbers: numberFormat(language), decimals: 0), width: 640,
            strings: chartStrings(language), style: chartStyle(language), labels: tileLabels(language))
        let summary = wide.summary
        let svgs = wide.svgs(summary: summary, narrowID: "\(id)n", narrowWidth: 360)
        return ChartFigureView(
            id: "\(id)-figure", title: wide.title, subtitle: strings["chart.coverage_subtitle"],
            svg: svgs.wide, svgNarrow: svgs.narrow,
            table: tableView(wide.table), notes: [], downloadHref: nil)
    }

    /// A tiny line of a region's headline series for index tables; nil without at least one value.
    func sparkline(_ indicator: Indicator, _ region: RegionCode, _ language: LanguageCode) -> Sparkline? {
        let series = headline(indicator, region)
        guard series.contains(where: { $0.value != nil }) else { return nil }
        return Sparkline(
            id: "sp-\(indicator.id)", title: text(indicator.name, language),
            points: series.map {
                LinePoint(x: $0.period.timeValue, label: $0.period.text, y: $0.value?.doubleValue)
            },
            step: series.map(\.period).chartStep,
            format: valueFormat(indicator, language), strings: chartStrings(language), style: chartStyle(language)
        )
    }
}
