import ContentLoading
import Foundation
import SiteModel

/// One `data/indicator_<id>.csv`, read into rows Almanac can hold.
///
/// Columns, as Open SDG reads them: `Year` and `Value`; `GeoCode` with a region-name column beside it
/// (`Geography`, `Region`, `Country`, `Local authority`) for sub-national rows; `Units` and `Series`, which are
/// dimensions only where they vary; observation attributes (`COMMENT_OBS*`, `OBS_STATUS`, `Observation status`,
/// and any listed under `observation_attributes` in `config_data.yml`), which become flags and footnotes; every
/// other column is a disaggregation, hence a dimension.
struct OpenSDGDataFile: Sendable {
    struct Dimension: Hashable, Sendable {
        /// The Almanac column name (`age-group`).
        var column: String
        /// The Open SDG column name (`Age group`), to label and translate it.
        var header: String
    }

    struct Row: Hashable, Sendable {
        var region: RegionKey
        var period: Period
        var value: DecimalValue?
        var flag: ObservationFlag?
        var notes: [String]
        /// One per dimension, in `dimensions` order; empty for the total.
        var dimensionValues: [String]
    }

    /// A row's place: the home region, or a code with the name the file gives it.
    enum RegionKey: Hashable, Sendable {
        case home
        case code(String, name: String?)
    }

    var dimensions: [Dimension] = []
    var rows: [Row] = []
    /// The only `Units` value of a file where the units do not vary.
    var singleUnit: String?
    /// The `Units` value of the first row, the unit of the headline where units vary.
    var firstUnit: String?

    static let attributeColumns: Set<String> = [
        "COMMENT_OBS", "OBS_STATUS", "Observation status", "OBS_STATUS_COMMENT", "COMMENT_TS", "SOURCE_DETAIL",
        "Unit multiplier", "UNIT_MULT", "Unit measure", "UNIT_MEASURE", "Progress",
    ]
    static let regionNameColumns = [
        "Geography", "Region", "Country", "Local authority", "Local Authority", "Province or territory",
    ]
    static let statusColumns: Set<String> = ["OBS_STATUS", "Observation status"]

    /// Reads `text`; rows that cannot be placed are counted in `tally` with their reason, never dropped silently.
    init(
        text: String, file: String, extraAttributes: Set<String>, extraNonDimensions: Set<String>,
        homeNames: Set<String>, tally: inout ImportTally
    ) {
        let (table, problems) = CSVReader.read(text)
        for problem in problems { tally.skip("CSV syntax: \(problem.message)", at: "\(file):\(problem.line)") }
        let header = table.header.map { $0.text.trimmingCharacters(in: .whitespaces) }
        func index(_ name: String) -> Int? { header.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame } }
        guard let yearIndex = index("Year"), let valueIndex = index("Value") else {
            for record in table.records { tally.skip("data file without Year and Value columns", at: "\(file):\(record.line)") }
            return
        }
        let geoIndex = index("GeoCode")
        let regionNameIndex = Self.regionNameColumns.lazy.compactMap { name in index(name) }.first.flatMap {
            geoIndex != nil || header[$0] == "Geography" ? $0 : nil
        }
        let unitsIndex = index("Units")
        let seriesIndex = index("Series")
        let attributes = Self.attributeColumns.union(extraAttributes)
        let noteIndexes = header.indices.filter { header[$0].hasPrefix("COMMENT_OBS") || header[$0] == "COMMENT_TS" }
        let statusIndex = header.firstIndex { Self.statusColumns.contains($0) }

        func cell(_ record: CSVRecord, _ column: Int?) -> String {
            guard let column, column < record.cells.count else { return "" }
            return record.cells[column].text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func distinct(_ column: Int?) -> Set<String> {
            Set(table.records.map { cell($0, column) }.filter { !$0.isEmpty })
        }
        let units = distinct(unitsIndex)
        singleUnit = units.count == 1 ? units.first : nil
        firstUnit = table.records.first.map { cell($0, unitsIndex) }.flatMap { $0.isEmpty ? nil : $0 }

        var dimensionIndexes: [Int] = []
        var usedColumns: Set<String> = []
        for (position, name) in header.enumerated() where !name.isEmpty {
            let special = [yearIndex, valueIndex, geoIndex, regionNameIndex].contains(position)
            let seriesOrUnits = position == unitsIndex || position == seriesIndex
            if special || attributes.contains(name) || name.hasPrefix("COMMENT_OBS")
                || (extraNonDimensions.contains(name) && !seriesOrUnits)
            {
                continue
            }
            if position == unitsIndex && units.count < 2 { continue }
            if position == seriesIndex && distinct(seriesIndex).count < 2 { continue }
            var column = ImportNames.slug(name)
            if column.isEmpty || ImportNames.reservedDataColumns.contains(column) { column = "dim-" + column }
            while usedColumns.contains(column) { column += "-2" }
            usedColumns.insert(column)
            dimensions.append(Dimension(column: column, header: name))
            dimensionIndexes.append(position)
        }

        var seen: Set<[String]> = []
        for record in table.records {
            let place = "\(file):\(record.line)"
            if record.cells.count != header.count {
                tally.skip("row with \(record.cells.count) cells where the header has \(header.count)", at: place)
                continue
            }
            let period: OpenSDGPeriod.Mapped
            switch OpenSDGPeriod.map(cell(record, yearIndex)) {
            case .failure(let refusal):
                tally.skip(refusal.rawValue, at: "\(place) \"\(cell(record, yearIndex).prefix(40))\"")
                continue
            case .success(let mapped): period = mapped
            }
            var notes = noteIndexes.map { cell(record, $0) }.filter { !$0.isEmpty }
            if let annotation = period.annotation { notes.insert(annotation, at: 0) }
            var flag: ObservationFlag?
            switch OpenSDGStatus.map(cell(record, statusIndex)) {
            case .normal: break
            case .flag(let mapped): flag = mapped
            case .note(let text): notes.append(text)
            }
            let value: DecimalValue?
            switch OpenSDGValue.map(cell(record, valueIndex)) {
            case .failure(let refusal):
                tally.skip(refusal.rawValue, at: "\(place) \"\(cell(record, valueIndex).prefix(40))\"")
                continue
            case .success(let mapped): value = mapped
            }
            if value == nil && flag != .missing {
                tally.skip("empty Value", at: place)
                continue
            }
            if value != nil && flag == .missing { flag = nil }
            let region: RegionKey
            let code = ImportNames.cleanCode(cell(record, geoIndex))
            let name = cell(record, regionNameIndex)
            if !code.isEmpty {
                region = homeNames.contains(name) ? .home : .code(code, name: name.isEmpty ? nil : name)
            } else if name.isEmpty || homeNames.contains(name) {
                region = .home
            } else {
                let derived = ImportNames.slug(name)
                guard !derived.isEmpty else {
                    tally.skip("region name without GeoCode that gives no code", at: "\(place) \"\(name.prefix(40))\"")
                    continue
                }
                region = .code(derived, name: name)
            }
            let values = dimensionIndexes.map { ImportNames.cleanCode(cell(record, $0)) }
            let key = ["\(region)", period.period.text] + values
            guard seen.insert(key).inserted else {
                tally.skip("duplicate row (same region, period and disaggregation)", at: place)
                continue
            }
            rows.append(
                Row(region: region, period: period.period, value: value, flag: flag, notes: notes, dimensionValues: values))
        }
    }
}
