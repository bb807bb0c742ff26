import SiteModel

/// The time-series page of one indicator: status, chart, the overview regions' values (`RegionHierarchy`), links
/// to the levels below, long text, sources, downloads.
struct IndicatorPageView: Sendable {
    var name: String
    /// The language of the name where its translation is missing and the default language's is shown.
    var nameLang: String?
    var unit: String
    var topics: [String]
    var target: String?
    var status: StatusView
    var homeRegion: String
    var latest: String?
    var latestPeriod: String?
    var hasData: Bool
    /// Why the indicator has no statistics, from its `reporting` status, in the page's language.
    var reporting: String?
    var chart: ChartFigureView?
    var table: TableView
    var footnotes: [FootnoteView]
    var flags: [FlagView]
    var longText: String?
    /// The language of the long text where it is shown in another language than the page's.
    var longTextLang: String?
    var sources: [SourceView]
    var downloads: [LinkView]
    var compareHref: String?
    /// Subdivision pages of the overview regions that have them: the next level of the region hierarchy.
    var subdivisions: [LinkView]
    var documents: [LinkView]
    /// The dimensions of the data beside the headline series (area, sex, …), one section each.
    var breakdowns: [BreakdownView]
    var cite: CitationView
    /// The `<iframe>` code of the chart's embed page, where there is a chart.
    var embed: EmbedCodeView?
}

extension LanguageContext {
    func indicatorPage(_ indicator: Indicator) throws -> String {
        let route = Route.indicator(language, indicator.id)
        let name = text(indicator.name)
        let latest = context.latest(indicator, homeRegion)
        let (table, footnotes) = dataTable(indicator, on: route)
        let hasData = !(site.data[indicator.id]?.observations.isEmpty ?? true)

        var longText: String?
        var longTextLang: String?
        if let (textLanguage, markdown) = ([language] + languages).lazy.compactMap({ lang in
            indicator.longText[lang].map { (lang, $0) }
        }).first {
            longText = renderMarkdown(markdown, on: route, chartPrefix: "lt")
            longTextLang = textLanguage == language ? nil : textLanguage.rawValue
        }

        let download = context.observationTable(indicator)
        let downloads: [LinkView] =
            hasData
            ? [LinkView(label: strings["downloads.csv"], href: route.link(to: .download(download.file)))]
                + (download.hasWorkbook
                    ? [LinkView(label: strings["downloads.xlsx"], href: route.link(to: .download(download.workbookFile)))]
                    : [])
                + [
                    LinkView(label: strings["downloads.json"], href: route.link(to: .download("\(indicator.id).json"))),
                    LinkView(label: strings["downloads.svg"], href: route.link(to: .indicatorChart(language, indicator.id))),
                ] : []

        let view = IndicatorPageView(
            name: name,
            nameLang: fallbackLanguage(indicator.name)?.rawValue,
            unit: format.unitLabel(indicator.unit),
            topics: context.topicPath(indicator.topic).map { text($0.name) },
            target: format.targetText(indicator),
            status: format.statusView(context.status(indicator, homeRegion)),
            homeRegion: regionName(homeRegion),
            latest: latest?.value.map { format.formatValue($0, unit: indicator.unit) },
            latestPeriod: latest?.period.text,
            hasData: hasData,
            reporting: indicator.reporting.map { strings["indicator.reporting.\($0.rawValue)"] },
            chart: hasData ? context.lineChartFigure(indicator, regions: nil, language, on: route, id: "c1") : nil,
            table: table,
            footnotes: footnotes,
            flags: flagsUsed(indicator),
            longText: longText,
            longTextLang: longTextLang,
            sources: sourceViews(for: indicator, on: route),
            downloads: downloads,
            // Comparison pages exist only for periods with a value; a file of missing rows has none.
            compareHref: context.comparisonPeriods(indicator).isEmpty
                ? nil : route.link(to: .comparison(language, indicator.id, period: nil)),
            subdivisions: subdivisionLinks(indicator, of: hierarchy.overview, on: route),
            documents: documentsMentioning(indicator.id).map { document, version in
                LinkView(
                    label: version.title, href: route.link(to: .document(language, document.slug)),
                    lang: version.language == language ? nil : version.language.rawValue)
            },
            breakdowns: hasData ? breakdowns(indicator, on: route) : [],
            cite: citationView(title: name, route: route, indicator: indicator.id),
            embed: hasData ? embedCode(indicator, on: route) : nil
        )
        return try renderPage(
            "indicator",
            layout: layout(
                route, title: name, titleLanguage: fallbackLanguage(indicator.name),
                breadcrumbs: [(strings["nav.indicators"], .indicatorIndex(language))]),
            view: view)
    }

    /// Documents that name the indicator in their front matter or state one of its figures, newest first.
    func documentsMentioning(_ indicator: IndicatorID) -> [(Document, DocumentVersion)] {
        let cited = context.citedDocuments[indicator] ?? []
        return site.documents.compactMap { document in
            guard let version = document.version(for: language, fallbacks: languages) else { return nil }
            let names = document.versions.values.contains { $0.indicators.contains(indicator) }
            return names || cited.contains(document.slug) ? (document, version) : nil
        }
    }
}
