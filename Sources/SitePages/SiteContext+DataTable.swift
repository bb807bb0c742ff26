import SiteModel

extension SiteContext {
    /// The headline values of an indicator by region (rows) and period (columns), with flags and notes: of the
    /// `regions` given, in their order, or of the overview regions (`RegionHierarchy`).
    ///
    /// Notes are numbered in reading order and returned as footnotes; the home region and comparators are
    /// marked so the table highlights the same rows the chart does.
    func dataTable(
        _ indicator: Indicator, _ language: LanguageCode, on route: Route, regions chosen: [RegionCode]? = nil,
        notePrefix: String = "n"
    ) -> (table: TableView, footnotes: [FootnoteView]) {
        let strings = strings(language)
        let shown = chosen ?? hierarchy.overview
        let observations = shown.flatMap { headline(indicator, $0) }
        let periods = Array(Set(observations.map(\.period))).sorted()
        var byRegion: [RegionCode: [Period: Observation]] = [:]
        for observation in observations { byRegion[observation.region, default: [:]][observation.period] = observation }
        let regions = shown.filter { byRegion[$0] != nil }

        var footnotes: [FootnoteView] = []
        var numbers: [String: Int] = [:]
        func noteRef(_ observation: Observation) -> [TableView.NoteRef] {
            let note = text(observation.note, language)
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
        let numberFormat = numberFormat(language)
        let noValue = strings["table.no_value"]
        let flagTexts = Dictionary(uniqueKeysWithValues: ObservationFlag.allCases.map { ($0, flagText($0, language)) })
        let regionLinks = FolderLinks(from: route, toFolderOf: .regionIndex(language))
        let rows = regions.map { code -> TableView.Row in
            let cells = periods.map { period -> TableView.Cell in
                guard let observation = byRegion[code]?[period] else {
                    return TableView.Cell(text: noValue, flag: nil, flagText: nil)
                }
                return TableView.Cell(
                    text: observation.value.map { numberFormat.group($0.text) } ?? noValue,
                    flag: observation.flag?.rawValue, flagText: observation.flag.flatMap { flagTexts[$0] },
                    notes: noteRef(observation))
            }
            return TableView.Row(
                header: regionName(code, language), headerHref: regionLinks.link(to: .region(language, code)),
                role: regionRole(code), cells: cells)
        }
        let table = TableView(
            caption: strings.format(
                "indicator.table_caption", ["name": text(indicator.name, language), "unit": unitLabel(indicator.unit, language)]),
            corner: strings["table.region"], headers: periods.map(\.text), rows: rows)
        return (table, footnotes)
    }

    /// `home`, `comparator` or nil — the CSS hook that highlights a region's row, bar or line.
    func regionRole(_ code: RegionCode) -> String? {
        if code == homeRegion { return "home" }
        return site.settings.comparators.contains(code) ? "comparator" : nil
    }

    /// The flags that appear in the headline data of `regions` (the overview regions by default), explained once
    /// under their table.
    func flagsUsed(_ indicator: Indicator, in regions: [RegionCode]? = nil, _ language: LanguageCode) -> [FlagView] {
        let used = Set((regions ?? hierarchy.overview).flatMap { headline(indicator, $0) }.compactMap(\.flag))
        return ObservationFlag.allCases.filter(used.contains).map { FlagView(code: $0.rawValue, text: flagText($0, language)) }
    }
}
