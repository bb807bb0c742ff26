import SiteModel

/// The language-neutral download tables: observations per indicator and in all, indicators, regions, sources.
extension SiteContext {
    /// Per-language columns: `name_zh`, `name_en`, … for every site language.
    private func localizedColumns(_ prefix: String, explanation: String) -> [DownloadColumn] {
        languages.map { DownloadColumn("\(prefix)_\($0)", explanation: explanation, language: $0) }
    }

    private func observationColumns(dimensions: [String]) -> [DownloadColumn] {
        [DownloadColumn("indicator_id"), DownloadColumn("region_code")]
            + localizedColumns("region_name", explanation: "region_name")
            + [DownloadColumn("year"), DownloadColumn("value", .number), DownloadColumn("unit"), DownloadColumn("flag")]
            + dimensions.map { DownloadColumn($0, explanation: "dimension") }
            + localizedColumns("note", explanation: "note")
            + [DownloadColumn("source")]
    }

    /// The observation tables' region columns, made once per table rather than once per row: each region's
    /// position in the site's order (the rows' sort key) and its name in every site language.
    struct RegionColumns: Sendable {
        let order: [RegionCode: Int]
        let names: [[String]]
    }

    func regionColumns() -> RegionColumns {
        RegionColumns(
            order: Dictionary(site.regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first }),
            names: site.regions.map { region in languages.map { text(region.name, $0) } })
    }

    /// The rows of one indicator, by region in the site's order, then period, then line of the data file. Read
    /// from the columns a field at a time (no `Observation` is built) and emitted from one reused row, as a
    /// national site has a million of them and each is read four times (its CSV and workbook, `all.csv` and
    /// `all.xlsx`).
    private func observationRows(
        _ indicator: Indicator, dimensions: [String], regions: RegionColumns, _ emit: ([String]) -> Void
    ) {
        guard let observations = site.data[indicator.id]?.observations else { return }
        var details = ObservationDetailsCells(dimensions: dimensions, languages: languages)
        var row: [String] = []
        row.reserveCapacity(7 + 2 * languages.count + dimensions.count)
        for (region, index) in ObservationRowOrder.sorted(observations, regionOrder: regions.order) {
            let code = observations.region(at: index)
            row.removeAll(keepingCapacity: true)
            row.append(indicator.id.rawValue)
            row.append(code.rawValue)
            if region < regions.names.count {
                row.append(contentsOf: regions.names[region])
            } else {
                for language in languages { row.append(regionName(code, language)) }
            }
            row.append(observations.period(at: index).text)
            row.append(observations.value(at: index)?.text ?? "")
            row.append(indicator.unit)
            row.append(observations.flag(at: index)?.rawValue ?? "")
            row.append(contentsOf: details.cells(observations.details(at: index)))
            emit(row)
        }
    }

    public func observationTable(_ indicator: Indicator) -> DownloadTable {
        let dimensions = site.data[indicator.id]?.dimensionNames ?? []
        return DownloadTable(
            file: "\(indicator.id).csv", titleKey: "downloads.indicator_csv",
            columns: observationColumns(dimensions: dimensions), rows: { observationRows(indicator, dimensions: dimensions, regions: regionColumns(), $0) },
            indicator: indicator.id, rowCount: site.data[indicator.id]?.observations.count ?? 0)
    }

    /// Every observation of the site; dimension columns are the union over indicators, in first-seen order.
    public func allObservationsTable() -> DownloadTable {
        let dimensions = Self.union(site.indicators.map { site.data[$0.id]?.dimensionNames ?? [] })
        return DownloadTable(
            file: "all.csv", titleKey: "downloads.all_csv", columns: observationColumns(dimensions: dimensions),
            rows: { emit in
                let regions = regionColumns()
                for indicator in site.indicators { observationRows(indicator, dimensions: dimensions, regions: regions, emit) }
            },
            rowCount: site.data.values.reduce(0) { $0 + $1.observations.count })
    }

    /// The names of all lists, each once, in first-seen order; hashed, as files may have many dimensions each.
    static func union(_ lists: [[String]]) -> [String] {
        var seen: Set<String> = []
        return lists.joined().filter { seen.insert($0).inserted }
    }

    public func indicatorsTable() -> DownloadTable {
        let columns =
            [DownloadColumn("id"), DownloadColumn("topic")] + localizedColumns("name", explanation: "indicator_name")
            + [
                DownloadColumn("unit"), DownloadColumn("decimals", .integer), DownloadColumn("better"),
                DownloadColumn("target_op"), DownloadColumn("target_value", .number), DownloadColumn("target_year"),
            ]
            + localizedColumns("target_text", explanation: "target_text")
            + [DownloadColumn("status"), DownloadColumn("observations", .integer)]
        let rows: @Sendable (([String]) -> Void) -> Void = { emit in site.indicators.map(indicatorRow).forEach(emit) }
        return DownloadTable(file: "indicators.csv", titleKey: "downloads.indicators_csv", columns: columns, rows: rows)
    }

    private func indicatorRow(_ indicator: Indicator) -> [String] {
        let target = indicator.target
        var row = [indicator.id.rawValue, indicator.topic.rawValue]
        row += languages.map { text(indicator.name, $0) }
        row += [indicator.unit, indicator.decimals.map(String.init) ?? "", indicator.better?.rawValue ?? ""]
        row += [target?.op.rawValue ?? "", target?.value?.text ?? "", target?.year ?? ""]
        row += languages.map { target?.text[$0] ?? "" }
        row += [status(indicator, homeRegion).rawValue, String(site.data[indicator.id]?.observations.count ?? 0)]
        return row
    }

    public func regionsTable() -> DownloadTable {
        let columns =
            [DownloadColumn("code")] + localizedColumns("name", explanation: "region_name")
            + localizedColumns("short", explanation: "region_short")
            + [DownloadColumn("level"), DownloadColumn("parent")]
        let rows: @Sendable (([String]) -> Void) -> Void = { emit in site.regions.map { region -> [String] in
            [region.code.rawValue] + languages.map { text(region.name, $0) }
                + languages.map { region.shortName[$0] ?? "" } + [region.level, region.parent?.rawValue ?? ""]
        }.forEach(emit) }
        return DownloadTable(file: "regions.csv", titleKey: "downloads.regions_csv", columns: columns, rows: rows)
    }

    public func sourcesTable() -> DownloadTable {
        let columns =
            [DownloadColumn("id")] + localizedColumns("title", explanation: "source_title")
            + localizedColumns("publisher", explanation: "source_publisher")
            + [DownloadColumn("date"), DownloadColumn("url"), DownloadColumn("document")]
        let rows: @Sendable (([String]) -> Void) -> Void = { emit in site.sources.map { source -> [String] in
            [source.id.rawValue] + languages.map { source.title[$0] ?? "" } + languages.map { source.publisher[$0] ?? "" }
                + [source.date ?? "", address(of: source, defaultLanguage)?.text ?? "", source.document?.rawValue ?? ""]
        }.forEach(emit) }
        return DownloadTable(file: "sources.csv", titleKey: "downloads.sources_csv", columns: columns, rows: rows)
    }

    /// The site-wide tables, in the order the data page lists them.
    public func siteTables() -> [DownloadTable] {
        [allObservationsTable(), indicatorsTable(), regionsTable(), sourcesTable()]
    }

    /// The tables of the site's Data Package: the resources of datapackage.json, in its order, and so the CSV
    /// files of `downloads.zip` and its README.
    public func packageTables() -> [DownloadTable] {
        siteTables() + site.indicators.filter { site.data[$0.id] != nil }.map(observationTable)
    }
}
