import SiteModel

/// Every file of the site, planned but not rendered, in a stable order.
///
/// Pages exist in every site language; downloads are language-neutral. Each file names the content files
/// it is made from beyond `sharedDependencies` (which every page reads: settings, tables, navigation).
public struct SitePlan: Sendable {
    public let files: [PlannedFile]
    /// Content and theme files every page depends on.
    public let sharedDependencies: [String]

    public init(context: SiteContext) {
        var files: [PlannedFile] = []
        let site = context.site
        let languages = context.languages
        var pageRoutes: [Route] = []

        func page(_ route: Route, _ dependencies: [String] = [], _ render: @escaping @Sendable () throws -> String) {
            files.append(PlannedFile(path: route.path, kind: .page, dependencies: dependencies, text: render))
            if case .notFound = route {} else { pageRoutes.append(route) }
        }

        // Dependencies name files by the content layout, relative to the content folder.
        let dataFile = { (id: IndicatorID) in site.data[id] == nil ? [] : ["data/\(id).csv"] }
        let documentFiles = site.documents.flatMap { Self.markdownFiles("documents", $0.slug.rawValue, $0.versions.keys) }
        let allDataFiles = site.indicators.flatMap { dataFile($0.id) }
        /// The data a Markdown text draws in its chart blocks.
        let chartedData = { (texts: [MarkdownText]) in
            Array(Set(texts.flatMap { $0.charts.flatMap { dataFile($0.indicator) } })).sorted()
        }
        /// The data files whose rows cite a document, so its "figures from this document" list stays true.
        let citingData = { (slug: DocumentSlug) in context.indicatorsCiting(slug).flatMap { dataFile($0.id) } }

        for language in languages {
            page(.home(language), documentFiles + allDataFiles) { try context.homePage(language) }
            page(.indicatorIndex(language), allDataFiles) {
                try context.indicatorIndexPage(language)
            }
            for indicator in site.indicators {
                let ownFiles =
                    dataFile(indicator.id) + Self.markdownFiles("indicators", indicator.id.rawValue, indicator.longText.keys)
                    + chartedData(Array(indicator.longText.values))
                page(.indicator(language, indicator.id), ownFiles + documentFiles) {
                    try context.indicatorPage(indicator, language)
                }
                let periods = context.comparisonPeriods(indicator)
                for period in periods {
                    let isLatest = period == periods.last
                    page(.comparison(language, indicator.id, period: isLatest ? nil : period.text), ownFiles) {
                        try context.comparisonPage(indicator, period, isLatest: isLatest, language)
                    }
                }
                if site.data[indicator.id] != nil {
                    let route = Route.indicatorChart(language, indicator.id)
                    files.append(
                        PlannedFile(path: route.path, kind: .chart, dependencies: ownFiles) {
                            context.standaloneChart(indicator, language)
                        })
                }
            }
            page(.regionIndex(language), allDataFiles) { try context.regionIndexPage(language) }
            for region in site.regions {
                page(.region(language, region.code), allDataFiles) {
                    try context.regionPage(region, language)
                }
            }
            page(.documentIndex(language), documentFiles) { try context.documentIndexPage(language) }
            for document in site.documents {
                let own =
                    Self.markdownFiles("documents", document.slug.rawValue, document.versions.keys)
                    + chartedData(document.versions.values.map(\.body)) + citingData(document.slug)
                page(.document(language, document.slug), own) { try context.documentPage(document, language) }
            }
            for content in site.pages {
                let own =
                    Self.markdownFiles("pages", content.slug.rawValue, content.versions.keys)
                    + chartedData(content.versions.values.map(\.body))
                page(.page(language, content.slug), own) { try context.contentPage(content, language) }
            }
            page(.dataPage(language), allDataFiles) { try context.dataPage(language) }
            page(.notFound(language)) { try context.notFoundPage(language) }
            files.append(
                PlannedFile(path: Route.feed(language).path, kind: .feed, dependencies: documentFiles) {
                    context.atomFeed(language)
                })
        }

        files.append(PlannedFile(path: Route.root.path, kind: .page) { try context.rootPage(notFound: false) })
        files.append(PlannedFile(path: Route.rootNotFound.path, kind: .page) { try context.rootPage(notFound: true) })
        let sitemapRoutes = pageRoutes
        files.append(PlannedFile(path: Route.sitemap.path, kind: .meta) { context.sitemap(pages: sitemapRoutes) })
        files.append(PlannedFile(path: Route.robots.path, kind: .meta) { context.robots() })

        for indicator in site.indicators where site.data[indicator.id] != nil {
            let own = dataFile(indicator.id)
            files.append(
                PlannedFile(path: Route.download("\(indicator.id).json").path, kind: .download, dependencies: own) {
                    context.indicatorJSON(indicator)
                })
            files += Self.csvFiles("\(indicator.id).csv", own) { context.observationTable(indicator) }
        }
        files += Self.csvFiles("all.csv", allDataFiles) { context.allObservationsTable() }
        files += Self.csvFiles("indicators.csv", allDataFiles) { context.indicatorsTable() }
        files += Self.csvFiles("regions.csv", []) { context.regionsTable() }
        files += Self.csvFiles("sources.csv", []) { context.sourcesTable() }
        files.append(
            PlannedFile(path: Route.download("datapackage.json").path, kind: .download, dependencies: allDataFiles) {
                let tables = context.siteTables() + site.indicators.filter { site.data[$0.id] != nil }.map(context.observationTable)
                return context.dataPackageJSON(tables: tables)
            })
        for (path, bytes) in context.theme.staticFiles.sorted(by: { $0.key < $1.key }) {
            files.append(PlannedFile(path: path, kind: .asset) { bytes })
        }

        self.files = files
        self.sharedDependencies =
            ["site.yml", "regions.csv", "topics.csv", "indicators.csv", "sources.csv", "labels.csv"]
            + site.pages.flatMap { Self.markdownFiles("pages", $0.slug.rawValue, $0.versions.keys) }
            + context.theme.inputFiles
    }

    /// `folder/<slug>.<lang>.md` for each language a Markdown text exists in.
    private static func markdownFiles(_ folder: String, _ slug: String, _ languages: some Collection<LanguageCode>)
        -> [String]
    {
        languages.map { "\(folder)/\(slug).\($0).md" }.sorted()
    }

    /// A table as its plain CSV and its Excel copy, both rendered from one table on demand.
    private static func csvFiles(
        _ name: String, _ dependencies: [String], _ table: @escaping @Sendable () -> DownloadTable
    ) -> [PlannedFile] {
        let excelName = DownloadTable.excelName(of: name)
        return [
            PlannedFile(path: Route.download(name).path, kind: .download, dependencies: dependencies) {
                table().csv()
            },
            PlannedFile(path: Route.download(excelName).path, kind: .download, dependencies: dependencies) {
                table().csv(forSpreadsheets: true)
            },
        ]
    }
}
