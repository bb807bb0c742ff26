import Plotting
import SiteModel

extension SiteContext {
    /// The regions a comparison draws as bars, out of those `ranked`: the home region, comparators and the home
    /// region's subdivisions — like with like —, or every ranked region where the home region has no subdivisions
    /// with data. The ranked table beside the chart lists every region.
    func comparedRegions(_ ranked: [(RegionCode, Observation)]) -> Set<RegionCode> {
        let withData = ranked.map(\.0)
        let children = withData.filter { site.regionIndex[$0]?.parent == homeRegion }
        return Set(children.isEmpty ? withData : children + featuredRegions)
    }

    /// Regions' values in `period` as sorted bars, the home region (or `reference`) drawn highlighted and as a
    /// reference rule. `ranked` is `ranking(indicator, period, filter:)` where the caller has it already.
    func barChartFigure(
        _ indicator: Indicator, _ period: Period, regions: [RegionCode]? = nil, reference: RegionCode? = nil,
        filter: [String: String] = [:], ranked: [(RegionCode, Observation)]? = nil, _ language: LanguageCode,
        on route: Route, id: String
    ) -> ChartFigureView? {
        let referenceRegion = reference ?? homeRegion
        let ranked = ranked ?? ranking(indicator, period, filter: filter)
        let compared = regions.map(Set.init) ?? comparedRegions(ranked)
        let ranking = ranked.filter { compared.contains($0.0) }
        guard !ranking.isEmpty else { return nil }
        let format = unitFormat(indicator.unit, language)
        let bars = ranking.map { code, observation in
            Bar(
                label: regionShortName(code, language), value: observation.value?.doubleValue,
                valueLabel: observation.value.map(format.format),
                role: code == referenceRegion ? .primary : (regionRole(code) == "comparator" ? .comparator : .context))
        }
        let home = ranking.first { $0.0 == referenceRegion }?.1.value
        let name = text(indicator.name, language)
        let wide = BarChart(
            id: id, title: strings(language).format("compare.title", ["name": name, "period": period.text]), bars: bars,
            target: chartTarget(indicator, language),
            reference: home.map {
                ReferenceLine(
                    value: $0.doubleValue,
                    label: strings(language).format("chart.home_reference", ["region": regionShortName(referenceRegion, language)]))
            },
            order: indicator.better == .lower ? .ascending : .descending, format: valueFormat(indicator, language),
            width: 640, strings: chartStrings(language), style: chartStyle(language))
        let summary = wide.summary
        let svgs = wide.svgs(summary: summary, narrowID: "\(id)n", narrowWidth: 360)
        return ChartFigureView(
            id: "\(id)-figure", title: wide.title,
            subtitle: strings(language).format("chart.bar_subtitle", ["unit": unitLabel(indicator.unit, language)]),
            svg: svgs.wide, svgNarrow: svgs.narrow,
            table: tableView(wide.table), notes: [],
            downloadHref: nil)
    }
}
