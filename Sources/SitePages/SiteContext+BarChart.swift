import Plotting
import SiteModel

extension SiteContext {
    /// Every region's value in `period` as sorted bars; the home region is the reference rule when it is
    /// not itself among the bars' context (it is always drawn highlighted).
    /// The regions a comparison draws as bars: the home region, comparators and the home region's subdivisions —
    /// like with like —, or every region with data where the home region has no subdivisions with data.
    /// The ranked table beside the chart lists every region.
    func comparedRegions(_ indicator: Indicator, _ period: Period, filter: [String: String] = [:]) -> Set<RegionCode> {
        let withData = ranking(indicator, period, filter: filter).map(\.0)
        let children = withData.filter { site.regionIndex[$0]?.parent == homeRegion }
        return Set(children.isEmpty ? withData : children + featuredRegions)
    }

    func barChartFigure(
        _ indicator: Indicator, _ period: Period, regions: [RegionCode]? = nil, filter: [String: String] = [:],
        _ language: LanguageCode, on route: Route, id: String
    ) -> ChartFigureView? {
        let compared = regions.map(Set.init) ?? comparedRegions(indicator, period, filter: filter)
        let ranking = ranking(indicator, period, filter: filter).filter { compared.contains($0.0) }
        guard !ranking.isEmpty else { return nil }
        let bars = ranking.map { code, observation in
            Bar(
                label: regionShortName(code, language), value: observation.value?.doubleValue,
                valueLabel: observation.value.map { formatValue($0, unit: indicator.unit, language) },
                role: code == homeRegion ? .primary : (regionRole(code) == "comparator" ? .comparator : .context))
        }
        let home = ranking.first { $0.0 == homeRegion }?.1.value
        let name = text(indicator.name, language)
        let chart = { (id: String, width: Double) in
            BarChart(
            id: id, title: strings(language).format("compare.title", ["name": name, "period": period.text]), bars: bars,
            target: chartTarget(indicator, language),
            reference: home.map {
                ReferenceLine(
                    value: $0.doubleValue,
                    label: strings(language).format("chart.home_reference", ["region": regionShortName(homeRegion, language)]))
            },
            order: indicator.better == .lower ? .ascending : .descending, format: valueFormat(indicator, language),
            width: width, strings: chartStrings(language))
        }
        let wide = chart(id, 640)
        return ChartFigureView(
            id: "\(id)-figure", title: wide.title,
            subtitle: strings(language).format("chart.bar_subtitle", ["unit": unitLabel(indicator.unit, language)]),
            svg: wide.svg(), svgNarrow: chart("\(id)n", 360).svg(), table: tableView(wide.table), note: nil,
            downloadHref: nil)
    }
}
