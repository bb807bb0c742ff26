import SiteModel

/// Every file of the site, planned but not rendered, in a stable order.
///
/// Pages exist in every site language; downloads are language-neutral. Each file names every input it is made
/// from (`PlanInputs`, by `InputName`), so a change to one input re-renders only the files that name it.
public struct SitePlan: Sendable {
    public let files: [PlannedFile]

    public init(context: SiteContext) {
        var files: [PlannedFile] = []
        let site = context.site
        let languages = context.languages
        let inputs = PlanInputs(context: context)
        let searchIndexes = SearchIndexCache()
        var pageRoutes: [Route] = []

        func page(
            _ route: Route, _ dependencies: @autoclosure @escaping @Sendable () -> [String],
            _ render: @escaping @Sendable () throws -> String
        ) {
            files.append(PlannedFile(path: route.path, kind: .page, dependencies: dependencies(), text: render))
            switch route {
            // Not pages to find: a miss, a chart for other sites, and a list for editors.
            case .notFound, .indicatorEmbed, .translationStatus: break
            default: pageRoutes.append(route)
            }
        }

        // Per indicator once, not per language: each is a pass over its headline rows.
        let periods = Dictionary(
            site.indicators.map { indicator in
                (
                    indicator.id,
                    (
                        comparisons: context.comparisonPeriods(indicator),
                        headline: context.headlinePeriods(indicator)
                    )
                )
            }, uniquingKeysWith: { first, _ in first })

        for language in languages {
            // What every page of this language is built from.
            let pages = LanguageContext(context, language)
            page(.home(language), inputs.home()) { try pages.homePage() }
            page(.indicatorIndex(language), inputs.indicatorIndex()) { try pages.indicatorIndexPage() }
            for (topic, indicators) in context.topicPages() {
                page(.topic(language, topic.id), inputs.topic(indicators)) { try pages.topicPage(topic) }
            }
            for indicator in site.indicators {
                page(.indicator(language, indicator.id), inputs.indicator(indicator)) {
                    try pages.indicatorPage(indicator)
                }
                let (comparisons, headlinePeriods) = periods[indicator.id] ?? ([], [])
                for period in comparisons {
                    let isLatest = period == comparisons.last
                    page(
                        .comparison(language, indicator.id, period: isLatest ? nil : period.text),
                        inputs.comparison(indicator, period, headlinePeriods: headlinePeriods)
                    ) {
                        try pages.comparisonPage(indicator, period, isLatest: isLatest)
                    }
                }
                if site.data[indicator.id] != nil {
                    for parent in context.hierarchy.subdivided {
                        page(.subdivisions(language, indicator.id, parent), inputs.subdivisions(indicator, parent)) {
                            try pages.subdivisionPage(indicator, parent)
                        }
                        for (index, regions) in context.hierarchy.subdivisionParts(of: parent).enumerated() {
                            let route = Route.subdivisionPart(language, indicator.id, parent, part: index + 1)
                            page(route, inputs.subdivisionPart(indicator, parent, regions)) {
                                try pages.subdivisionPartPage(indicator, parent, part: index + 1)
                            }
                        }
                    }
                    let route = Route.indicatorChart(language, indicator.id)
                    files.append(
                        PlannedFile(path: route.path, kind: .chart, dependencies: inputs.chart(indicator, language)) {
                            context.standaloneChart(indicator, language)
                        })
                }
                if site.data[indicator.id] != nil {
                    page(.indicatorEmbed(language, indicator.id), inputs.embed(indicator)) {
                        try pages.embedPage(indicator)
                    }
                }
                for format in CitationFormat.allCases {
                    let route = Route.indicatorCitation(language, indicator.id, format)
                    files.append(
                        PlannedFile(path: route.path, kind: .download, dependencies: inputs.citation(indicator)) {
                            pages.indicatorCitationFile(indicator, format)
                        })
                }
            }
            page(.regionIndex(language), inputs.regionIndex()) { try pages.regionIndexPage() }
            for region in site.regions {
                page(.region(language, region.code), inputs.region(region)) { try pages.regionPage(region) }
            }
            page(.documentIndex(language), inputs.documentIndex()) { try pages.documentIndexPage() }
            for document in site.documents {
                page(.document(language, document.slug), inputs.document(document)) {
                    try pages.documentPage(document)
                }
            }
            for content in site.pages {
                page(.page(language, content.slug), inputs.contentPage(content)) {
                    try pages.contentPage(content)
                }
            }
            page(.dataPage(language), inputs.dataPage()) { try pages.dataPage() }
            page(.search(language), inputs.search()) { try pages.searchPage() }
            files += Self.searchFiles(pages, inputs.searchIndex(), cache: searchIndexes)
            page(.notFound(language), inputs.notFound()) { try pages.notFoundPage() }
            page(.translationStatus(language), inputs.translationStatus()) { try pages.translationStatusPage() }
            files.append(
                PlannedFile(path: Route.feed(language).path, kind: .feed, dependencies: inputs.feed()) {
                    pages.atomFeed()
                })
        }

        files.append(
            PlannedFile(path: Route.root.path, kind: .page, dependencies: inputs.root()) {
                try context.rootPage(notFound: false)
            })
        files.append(
            PlannedFile(path: Route.rootNotFound.path, kind: .page, dependencies: inputs.root()) {
                try context.rootPage(notFound: true)
            })
        let sitemapRoutes = pageRoutes
        files.append(
            PlannedFile(path: Route.sitemap.path, kind: .meta, dependencies: inputs.sitemap()) {
                context.sitemap(pages: sitemapRoutes)
            })
        files.append(
            PlannedFile(path: Route.robots.path, kind: .meta, dependencies: inputs.robots()) { context.robots() })

        for indicator in site.indicators where site.data[indicator.id] != nil {
            files.append(
                PlannedFile(
                    path: Route.download("\(indicator.id).json").path, kind: .download,
                    dependencies: inputs.indicatorJSON(indicator)
                ) { context.indicatorJSON(indicator) })
            files += Self.tableFiles(
                "\(indicator.id).csv", inputs.observationTable(indicator), workbook: inputs.workbook(of: indicator),
                context
            ) { context.observationTable(indicator) }
        }
        files += Self.tableFiles("all.csv", inputs.allObservations(), workbook: inputs.workbook(), context) {
            context.allObservationsTable()
        }
        files += Self.tableFiles("indicators.csv", inputs.indicatorsTable(), workbook: inputs.workbook(), context) {
            context.indicatorsTable()
        }
        files += Self.tableFiles("regions.csv", inputs.regionsTable(), workbook: inputs.workbook(), context) {
            context.regionsTable()
        }
        files += Self.tableFiles("sources.csv", inputs.sourcesTable(), workbook: inputs.workbook(), context) {
            context.sourcesTable()
        }
        files.append(
            PlannedFile(
                path: Route.download("datapackage.json").path, kind: .download, dependencies: inputs.dataPackage()
            ) {
                context.dataPackageJSON(tables: context.packageTables())
            })
        files.append(Self.downloadsArchive(of: files.filter { $0.kind == .download }, context, inputs))
        // A theme file of the same name replaces the generated one, as it would any other static file.
        if context.theme.staticFiles[Route.chartStylesheet.path] == nil {
            files.append(PlannedFile(path: Route.chartStylesheet.path, kind: .asset) { context.chartStylesheet() })
        }
        for (path, bytes) in context.theme.staticFiles.sorted(by: { $0.key < $1.key }) {
            let name = path.hasPrefix("assets/") ? String(path.dropFirst("assets/".count)) : path
            files.append(PlannedFile(path: path, kind: .asset, dependencies: [InputName.staticFile(name)]) { bytes })
        }

        self.files = files
    }

    /// A language's search index: its term shards and entry files, all made from one index built once.
    private static func searchFiles(
        _ pages: LanguageContext, _ dependencies: [String], cache: SearchIndexCache
    ) -> [PlannedFile] {
        let language = pages.language
        let layout = pages.searchLayout()
        let index: @Sendable () -> ShardedSearchIndex = {
            cache.index(language) {
                let index = SearchIndex(entries: pages.searchEntries())
                return ShardedSearchIndex(index: index, shardTerms: index.termsByShard(layout.shardCount))
            }
        }
        let shards = (0..<layout.shardCount).map { shard in
            PlannedFile(
                path: Route.searchFile(language, SearchLayout.shardFile(shard)).path, kind: .meta,
                dependencies: dependencies
            ) {
                let built = index()
                return built.index.shardJSON(terms: built.shardTerms[shard])
            }
        }
        let chunks = (0..<layout.chunkCount).map { chunk in
            PlannedFile(
                path: Route.searchFile(language, SearchLayout.chunkFile(chunk)).path, kind: .meta,
                dependencies: dependencies
            ) { index().index.chunkJSON(chunk) }
        }
        return shards + chunks
    }

    /// A table as its CSV and its workbook, both rendered from one table on demand; the workbook also reads
    /// `workbook`, what its About sheets say.
    private static func tableFiles(
        _ name: String, _ dependencies: [String], workbook: [String], _ context: SiteContext,
        _ table: @escaping @Sendable () -> DownloadTable
    ) -> [PlannedFile] {
        let csv = PlannedFile(
            path: Route.download(name).path, kind: .download, dependencies: dependencies, render: { table().csv() },
            stream: { try table().writeCSV(to: $0) })
        // Describing a table makes none of its rows: cheap at plan time.
        guard table().hasWorkbook else { return [csv] }
        return [
            csv,
            PlannedFile(
                path: Route.download(DownloadTable.workbookName(of: name)).path, kind: .download,
                dependencies: dependencies + workbook, render: { try context.workbook(table()) },
                stream: { try context.writeWorkbook(table(), to: $0) }),
        ]
    }
}
