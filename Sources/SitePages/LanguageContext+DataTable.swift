import SiteModel

/// One row of an observation table: what the row is, and its observations by period.
struct ObservationRow: Sendable {
    var header: String
    var headerHref: String?
    /// `home` or `comparator` for highlighted rows.
    var role: String?
    /// The row's observation in each of the table's periods, in their order; nil where it has none.
    var cells: [Observation?]

    init(header: String, headerHref: String?, role: String?, cells: [Observation?]) {
        self.header = header
        self.headerHref = headerHref
        self.role = role
        self.cells = cells
    }

    /// A row of the observations `byPeriod` holds, in the columns of `periods`.
    init(header: String, headerHref: String?, role: String?, byPeriod: [Period: Observation], periods: [Period]) {
        self.init(header: header, headerHref: headerHref, role: role, cells: periods.map { byPeriod[$0] })
    }

    /// `series` (sorted by period, as `HeadlineIndex` gives a region's) in the columns of `periods` (sorted and
    /// distinct, holding every period of the series), the last observation of a period where it has several, as
    /// a dictionary by period kept it: one walk along both, where hashing each period into a dictionary and again
    /// out of it for each cell was most of a subdivision page's every-value table.
    static func cells(_ series: [Observation], in periods: [Period]) -> [Observation?] {
        var cells = [Observation?](repeating: nil, count: periods.count)
        var column = 0
        for observation in series {
            while column < periods.count && periods[column] < observation.period { column += 1 }
            guard column < periods.count else { break }
            cells[column] = observation
        }
        return cells
    }

    /// The distinct periods of every one of `series` (each sorted by period), sorted: the columns of their table.
    /// Regions mostly share their periods, so a series with the periods found so far adds nothing and is passed
    /// over without a set.
    static func periods(of series: [[Observation]]) -> [Period] {
        var periods: [Period] = []
        for one in series where !one.isEmpty {
            var same = true
            var column = 0
            for observation in one {
                if column > 0 && periods[column - 1] == observation.period { continue }
                guard column < periods.count, periods[column] == observation.period else {
                    same = false
                    break
                }
                column += 1
            }
            if same && column == periods.count { continue }
            periods = Array(Set(periods + one.map(\.period))).sorted()
        }
        return periods
    }
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
        let series = shown.map { context.headline(indicator, $0) }
        let periods = ObservationRow.periods(of: series)
        let regionLinks = FolderLinks(from: route, toFolderOf: .regionIndex(language))
        let rows = zip(shown, series).compactMap { code, series -> ObservationRow? in
            guard !series.isEmpty else { return nil }
            return ObservationRow(
                header: regionName(code), headerHref: regionLinks.link(to: .region(language, code)),
                role: context.regionRole(code), cells: ObservationRow.cells(series, in: periods))
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
            let cells = row.cells.map { observation -> TableView.Cell in
                guard let observation else {
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
