import SiteModel

/// Explains every download file and its columns, and lists the per-indicator files.
struct DataPageView: Sendable {
    struct Column: Sendable {
        var name: String
        var explanation: String
    }

    struct File: Sendable {
        var title: String
        var href: String
        /// Nil where the table is too long for a worksheet (`DownloadTable.hasWorkbook`).
        var workbookHref: String?
        var name: String
        var columns: [Column]
    }

    struct IndicatorFiles: Sendable {
        var name: String
        var pageHref: String
        var csv: String
        var workbook: String?
        var json: String
        var observations: Int
    }

    var files: [File]
    var indicatorColumns: [Column]
    var indicators: [IndicatorFiles]
    var packageHref: String
    var archiveHref: String
}

extension LanguageContext {
    func dataPage() throws -> String {
        let route = Route.dataPage(language)
        func columns(_ table: DownloadTable) -> [DataPageView.Column] {
            table.columns.map { DataPageView.Column(name: $0.name, explanation: context.columnExplanation($0, strings)) }
        }
        let files = context.siteTables().map { table in
            DataPageView.File(
                title: strings[table.titleKey], href: route.link(to: .download(table.file)),
                workbookHref: table.hasWorkbook ? route.link(to: .download(table.workbookFile)) : nil, name: table.file,
                columns: columns(table))
        }
        let withData = site.indicators.filter { site.data[$0.id] != nil }
        let view = DataPageView(
            files: files,
            indicatorColumns: withData.first.map { columns(context.observationTable($0)) } ?? [],
            indicators: withData.map { indicator in
                DataPageView.IndicatorFiles(
                    name: text(indicator.name), pageHref: route.link(to: .indicator(language, indicator.id)),
                    csv: route.link(to: .download("\(indicator.id).csv")),
                    workbook: context.observationTable(indicator).hasWorkbook
                        ? route.link(to: .download(DownloadTable.workbookName(of: "\(indicator.id).csv"))) : nil,
                    json: route.link(to: .download("\(indicator.id).json")),
                    observations: site.data[indicator.id]?.observations.count ?? 0)
            },
            packageHref: route.link(to: .download("datapackage.json")),
            archiveHref: route.link(to: .download(DownloadTable.archiveFile)))
        return try renderPage("data", layout: layout(route, title: strings["nav.data"]), view: view)
    }
}
