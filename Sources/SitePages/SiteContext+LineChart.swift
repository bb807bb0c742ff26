import Plotting
import SiteModel

extension SiteContext {
    /// The time-series chart of an indicator: the home region (or `primary`) emphasised, comparators, then other
    /// overview regions with data as grey context (or only `regions` where a page or document asks for them).
    func lineChart(
        _ indicator: Indicator, regions: [RegionCode]?, primary: RegionCode? = nil, filter: [String: String] = [:],
        _ language: LanguageCode, id: String, width: Double = 640, height: Double = 360
    ) -> LineChart {
        let codes = regions ?? (featuredRegions + contextRegions(indicator).prefix(Self.maximumContextLines))
        let selection = filter.isEmpty ? indicator.headline : indicator.headline.merging(filter) { _, chosen in chosen }
        // Every series has the same few periods: each label is formatted once, not once a point.
        var periodLabels: [Period: String] = [:]
        func label(_ period: Period) -> String {
            if let known = periodLabels[period] { return known }
            let label = chartPeriodLabel(period, language)
            periodLabels[period] = label
            return label
        }
        let series = codes.compactMap { code -> LineSeries? in
            let observations =
                filter.isEmpty
                ? headline(indicator, code) : site.data[indicator.id]?.headlineSeries(for: code, selection) ?? []
            guard observations.contains(where: { $0.value != nil }) else { return nil }
            let role: SeriesRole =
                code == (primary ?? homeRegion) ? .primary : (regionRole(code) == "comparator" ? .comparator : .context)
            return LineSeries(
                label: regionShortName(code, language), role: role,
                points: observations.map { observation in
                    LinePoint(
                        x: observation.period.timeValue, label: label(observation.period),
                        y: observation.value?.doubleValue,
                        isEstimated: [.estimated, .provisional, .forecast].contains(observation.flag),
                        footnote: observation.flag.flatMap { [.estimated, .provisional, .forecast].contains($0) ? $0.rawValue : nil })
                },
                step: observations.map(\.period).chartStep)
        }
        return LineChart(
            id: id, title: text(indicator.name, language), series: series, target: chartTarget(indicator, language),
            format: valueFormat(indicator, language), yFromZero: startsAtZero(indicator), width: width, height: height,
            strings: chartStrings(language), style: chartStyle(language))
    }

    /// The chart as a figure; with a `primary` region other than the home region (a subdivision page) it has no
    /// download, which is the indicator's own chart.
    func lineChartFigure(
        _ indicator: Indicator, regions: [RegionCode]?, primary: RegionCode? = nil, filter: [String: String] = [:],
        _ language: LanguageCode, on route: Route, id: String
    ) -> ChartFigureView? {
        let chart = lineChart(indicator, regions: regions, primary: primary, filter: filter, language, id: id)
        guard !chart.series.isEmpty else { return nil }
        let sorted = Set(
            chart.series.flatMap { $0.points.filter { $0.y != nil }.map(\.x) }
        ).sorted()
        // The first observation of the indicator at a time gives its period's text; a scan for the two ends rather
        // than a dictionary of every observation, built once per chart.
        let observations = site.data[indicator.id]?.observations ?? []
        func periodText(at time: Double?) -> String {
            time.flatMap { time in observations.first { $0.period.timeValue == time }?.period.text } ?? ""
        }
        // The narrow chart draws the same series: only its size and id differ, so the series are not gathered and
        // labelled a second time, and what both sizes draw alike is found once.
        let summary = chart.summary
        let svgs = chart.svgs(summary: summary, narrowID: "\(id)n", narrowWidth: 360, narrowHeight: 300)
        return ChartFigureView(
            id: "\(id)-figure", title: chart.title,
            subtitle: strings(language).format(
                "chart.subtitle",
                [
                    "unit": unitLabel(indicator.unit, language),
                    "start": periodText(at: sorted.first),
                    "end": periodText(at: sorted.last),
                ]),
            svg: svgs.wide,
            svgNarrow: svgs.narrow,
            table: tableView(chart.table),
            notes: (chart.series.contains { $0.points.contains(where: \.isEstimated) }
                    ? [strings(language)["chart.estimated_note"]] : [])
                + (chart.hasGaps ? [strings(language)["chart.gap_note"]] : []),
            downloadHref: primary == nil ? route.link(to: .indicatorChart(language, indicator.id)) : nil)
    }

    /// A period as chart sentences and tables read it: a year gets the language's year word (`2020年`).
    func chartPeriodLabel(_ period: Period, _ language: LanguageCode) -> String {
        period.kind == .year ? strings(language).format("chart.year_label", ["year": period.text]) : period.text
    }

    /// The chart download: a standalone SVG file with its own XML declaration and styles.
    func standaloneChart(_ indicator: Indicator, _ language: LanguageCode) -> String {
        var chart = lineChart(indicator, regions: nil, language, id: "chart")
        chart.style.embedsStylesheet = true  // a file on its own, opened without the site's stylesheet
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + chart.svg() + "\n"
    }

    /// A chart a document asks for, as a figure in the document's HTML.
    func documentChart(_ spec: ChartSpec, _ language: LanguageCode, on route: Route, id: String) -> String {
        guard let indicator = site.indicatorIndex[spec.indicator] else { return "" }
        let period = spec.period.flatMap(Period.init) ?? comparisonPeriods(indicator).last
        let regions = spec.regions.isEmpty ? nil : spec.regions
        let figure: ChartFigureView?
        switch spec.kind {
        case .line:
            figure = lineChartFigure(indicator, regions: regions, filter: spec.filter, language, on: route, id: id)
        case .bar:
            figure = period.flatMap {
                barChartFigure(indicator, $0, regions: regions, filter: spec.filter, language, on: route, id: id)
            }
        case .map:
            figure = period.flatMap {
                tileMapFigure(indicator, $0, regions: regions, filter: spec.filter, language, on: route, id: id)
            }
        }
        guard let figure else {
            // Say so rather than leave a hole where the editor put a chart.
            return "<p class=\"notice chart-empty\">"
                + MarkupEscaping.text(strings(language).format("chart.empty", ["name": text(indicator.name, language)])) + "</p>"
        }
        // The theme check at load time guarantees the template exists, so rendering cannot fail here.
        return (try? theme.render("document-chart", language: language, ["figure": figure])) ?? ""
    }
}
