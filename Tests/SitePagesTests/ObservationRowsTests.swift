import ContentLoading
import SiteModel
@testable import SitePages
import TestSupport
import Testing

/// The observation downloads read their rows from the columns a field at a time; these tests hold them to the
/// rows made from each row's `Observation`, as they were before, over every flag, a missing value, notes in one
/// language or both, dimensions given or absent, sources with and without an anchor, shared and unshared details,
/// and a region `regions.csv` does not list.
@Suite struct ObservationRowsTests {
    static func observations() -> [Observation] {
        let flags: [ObservationFlag?] = [nil] + ObservationFlag.allCases
        let notes = [
            Localized(), Localized(["zh": "注"]), Localized(["zh": "注", "en": "note, with \"quotes\""]),
            Localized(["en": "only English"]),
        ]
        let sources: [SourceReference?] = [nil, SourceReference("bulletin-2021"), SourceReference("bulletin-2021#p2")]
        let dimensions: [[String: String]] = [[:], ["area": "urban"], ["area": "rural", "sex": "female"], ["sex": ""]]
        let regions: [RegionCode] = ["620000", "100000", "999999", "620900", "621100"]
        let periods = ["2020", "2017", "2019", "2018"]
        var rows: [Observation] = []
        for index in 0..<240 {
            let flag = flags[index % flags.count]
            rows.append(
                Observation(
                    region: regions[index % regions.count], period: Period(periods[index / 7 % periods.count])!,
                    value: flag == .missing ? nil : DecimalValue("\(index % 13).\(index % 10)"), flag: flag,
                    note: notes[index / 3 % notes.count], source: sources[index / 5 % sources.count],
                    dimensions: dimensions[index / 11 % dimensions.count], line: 2 + index))
        }
        return rows
    }

    @Test func rowsFromColumnsAreTheRowsOfEachObservation() throws {
        try ContentFixture.minimal().withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let theme = try Theme.load(
                assets: PackagePaths.assets.path, overrides: content.path, languages: loaded.site.settings.languages)
            var site = loaded.site
            let id: IndicatorID = "maternal-mortality-ratio"
            site.data[id] = IndicatorData(
                indicator: id, dimensionNames: ["area", "sex"], observations: Self.observations(), file: "data/x.csv")
            let context = SiteContext(site: site, theme: theme)
            let indicator = try #require(site.indicators.first { $0.id == id })

            let table = context.observationTable(indicator)
            #expect(Self.rows(of: table) == Self.referenceRows(indicator, site, context, dimensions: ["area", "sex"]))

            let all = context.allObservationsTable()
            let dimensions = SiteContext.union(site.indicators.map { site.data[$0.id]?.dimensionNames ?? [] })
            let expected = site.indicators.flatMap { Self.referenceRows($0, site, context, dimensions: dimensions) }
            #expect(Self.rows(of: all) == expected)
            #expect(Self.rows(of: all).count == site.data.values.reduce(0) { $0 + $1.observations.count })
        }
    }

    /// Rows already in the download's order are not sorted again; the order found is the one a plain sort of the
    /// rows' keys gives, for rows in order, rows in order but the last, and rows in the file's own order.
    @Test func rowOrderIsThePlainSortOfTheRowsKeys() {
        let shuffled = Self.observations()
        let regionOrder: [RegionCode: Int] = ["100000": 0, "620000": 1, "620900": 2, "621100": 3]
        func keys(_ rows: [Observation]) -> [(region: Int, period: Period, line: Int, index: Int)] {
            rows.enumerated().map { (regionOrder[$1.region] ?? Int.max, $1.period, $1.line, $0) }
        }
        func plain(_ rows: [Observation]) -> [Int] {
            keys(rows).sorted { ($0.region, $0.period, $0.line, $0.index) < ($1.region, $1.period, $1.line, $1.index) }
                .map(\.index)
        }
        let inOrder = plain(shuffled).map { shuffled[$0] }
        let lastOutOfOrder = Array(inOrder.dropFirst()) + [inOrder[0]]
        for rows in [inOrder, lastOutOfOrder, shuffled] {
            let found = ObservationRowOrder.sorted(ObservationColumns(rows), regionOrder: regionOrder)
            #expect(found.map(\.index) == plain(rows))
            #expect(found.map(\.region) == plain(rows).map { regionOrder[rows[$0].region] ?? Int.max })
        }
    }

    static func rows(of table: DownloadTable) -> [[String]] {
        var rows: [[String]] = []
        table.rows { rows.append($0) }
        return rows
    }

    /// The rows as made before, from each `Observation`: sorted by region in the site's order (an unlisted one
    /// last), period, line.
    static func referenceRows(_ indicator: Indicator, _ site: Site, _ context: SiteContext, dimensions: [String]) -> [[String]] {
        guard let observations = site.data[indicator.id]?.observations else { return [] }
        let languages = site.settings.languages
        let order = Dictionary(site.regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let periods = Set(observations.map(\.period)).sorted()
        let sorted = Array(observations).enumerated().sorted { left, right in
            let l = (order[left.element.region] ?? Int.max, periods.firstIndex(of: left.element.period) ?? 0, left.element.line, left.offset)
            let r = (order[right.element.region] ?? Int.max, periods.firstIndex(of: right.element.period) ?? 0, right.element.line, right.offset)
            return l < r
        }.map(\.element)
        return sorted.map { observation in
            [indicator.id.rawValue, observation.region.rawValue]
                + languages.map { context.regionName(observation.region, $0) }
                + [observation.period.text, observation.value?.text ?? "", indicator.unit, observation.flag?.rawValue ?? ""]
                + dimensions.map { observation.dimensions[$0] ?? "" } + languages.map { observation.note[$0] ?? "" }
                + [observation.source?.description ?? ""]
        }
    }
}
