import SiteModel

/// One row of an observation table: what the row is, and its observations by period.
struct ObservationRow: Sendable {
    var header: String
    var headerHref: String?
    /// `home` or `comparator` for highlighted rows.
    var role: String?
    var byPeriod: [Period: Observation]
}

extension LanguageContext {
    /// The headline values of an indicator by region (rows) and period (columns), with flags and notes: of the
    /// `regions` given, in their order, or of the overview regions (`RegionHierarchy`).
    ///
    /// Notes are numbered in reading order and returned as footnotes; the home region and comparators are
    /// marked so the table highlights the same rows the chart does.
    func dataTable(
        _ indicator: Indicator, on route: Route, regions chosen: [RegionCode]? = nil,
        notePrefix: String = "n"
    ) -> (table: TableView, footnotes: [FootnoteView]) {
        let shown = chosen ?? hierarchy.overview
        // Each region's series goes into its own dictionary, sized once: one grown row by row, inside a dictionary
        // of regions, was a third of a subdivision page's table.
        var periodSet: Set<Period> = []
        var byRegion: [RegionCode: [Period: Observation]] = [:]
        for code in shown {
            let series = context.headline(indicator, code)
            guard !series.isEmpty else { continue }
            var byPeriod = byRegion[code] ?? [:]
            byPeriod.reserveCapacity(byPeriod.count + series.count)
            for observation in series {
                byPeriod[observation.period] = observation
                periodSet.insert(observation.period)
            }
            byRegion[code] = byPeriod
        }
        let periods = periodSet.sorted()
        let regionLinks = FolderLinks(from: route, toFolderOf: .regionIndex(language))
        let rows = shown.compactMap { code -> ObservationRow? in
            byRegion[code].map {
                ObservationRow(
                    header: regionName(code), headerHref: regionLinks.link(to: .region(language, code)),
                    role: context.regionRole(code), byPeriod: $0)
            }
        }
        return observationTable(
            rows, periods: periods,
            caption: strings.format(
                "indicator.table_caption", ["name": text(indicator.name), "unit": format.unitLabel(indicator.unit)]),
            corner: strings["table.region"], notePrefix: notePrefix)
    }

    /// Rows of observations by period as a table, each value as written with its flag and its note numbered
    /// as a footnote (`notePrefix` keeps the footnote ids of several tables on one page apart).
    func observationTable(
        _ rows: [ObservationRow], periods: [Period], caption: String, corner: String,
        notePrefix: String
    ) -> (table: TableView, footnotes: [FootnoteView]) {
        var footnotes: [FootnoteView] = []
        var numbers: [String: Int] = [:]
        func noteRef(_ observation: Observation) -> [TableView.NoteRef] {
            let note = text(observation.note)
            guard !note.isEmpty else { return [] }
            let number =
                numbers[note]
                ?? {
                    let next = footnotes.count + 1
                    numbers[note] = next
                    let noteLanguage = (observation.note[language] ?? "").isEmpty ? defaultLanguage.rawValue : nil
                    footnotes.append(FootnoteView(number: next, id: "\(notePrefix)\(next)", text: note, lang: noteLanguage))
                    return next
                }()
            return [TableView.NoteRef(number: number, href: "#\(notePrefix)\(number)")]
        }

        // Looked up once for the table's thousands of cells.
        let numberFormat = format.numbers
        let noValue = strings["table.no_value"]
        let flagTexts = Dictionary(uniqueKeysWithValues: ObservationFlag.allCases.map { ($0, format.flagText($0)) })
        let tableRows = rows.map { row -> TableView.Row in
            let cells = periods.map { period -> TableView.Cell in
                guard let observation = row.byPeriod[period] else {
                    return TableView.Cell(text: noValue, flag: nil, flagText: nil)
                }
                return TableView.Cell(
                    text: observation.value.map { numberFormat.group($0.text) } ?? noValue,
                    flag: observation.flag?.rawValue, flagText: observation.flag.flatMap { flagTexts[$0] },
                    notes: noteRef(observation))
            }
            return TableView.Row(header: row.header, headerHref: row.headerHref, role: row.role, cells: cells)
        }
        let table = TableView(caption: caption, corner: corner, headers: periods.map(\.text), rows: tableRows)
        return (table, footnotes)
    }

    /// The flags that appear in the headline data of `regions` (the overview regions by default), explained once
    /// under their table.
    func flagsUsed(_ indicator: Indicator, in regions: [RegionCode]? = nil) -> [FlagView] {
        let used = context.headlines.flags(of: indicator.id, for: regions ?? hierarchy.overview)
        return ObservationFlag.allCases.filter(used.contains).map { FlagView(code: $0.rawValue, text: format.flagText($0)) }
    }
}

extension SiteContext {
    /// `home`, `comparator` or nil — the CSS hook that highlights a region's row, bar or line.
    func regionRole(_ code: RegionCode) -> String? {
        if code == homeRegion { return "home" }
        return site.settings.comparators.contains(code) ? "comparator" : nil
    }
}
