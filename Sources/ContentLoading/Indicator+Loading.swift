import Foundation
import SiteModel

/// What `indicators.csv` gives the rest of the load.
struct IndicatorRows {
    var indicators: [Indicator]
    /// The `headline` cell of each indicator that has one, to check its dimensions against the data file.
    var headlineCells: [IndicatorID: CSVCell]
}

extension LoadState {
    static let indicatorsFile = "indicators.csv"

    /// `indicators.csv` in file order; topics, sources and units must be known already.
    mutating func loadIndicators(
        languages: [LanguageCode], topics: Set<TopicID>, sources: Set<SourceID>, units: Set<String>
    ) -> IndicatorRows {
        var result = IndicatorRows(indicators: [], headlineCells: [:])
        guard let sheet = readCSV(Self.indicatorsFile) else { return result }
        requireColumns(["id", "topic", "unit"], in: sheet)
        checkLanguageColumns("name", languages: languages, in: sheet, required: true)
        checkLanguageColumns("target_text", languages: languages, in: sheet, required: false)
        warnUnknownColumns(
            sheet,
            known: [
                "id", "topic", "unit", "decimals", "better", "target_op", "target_value", "target_year", "sources",
                "headline", "reporting",
            ],
            perLanguage: ["name", "target_text"], languages: languages)

        var firstLines: [IndicatorID: Int] = [:]
        for row in sheet.rows {
            guard let idCell = sheet.cell("id", row), requiredText("id", row, in: sheet) != nil else { continue }
            guard isSlugID(idCell, "indicator id", in: sheet) else { continue }
            let id = IndicatorID(idCell.text)
            guard isFirstOccurrence(id, "indicator id \(quoted(id.rawValue))", at: idCell, in: sheet, seen: &firstLines)
            else { continue }

            let topic = TopicID(requiredText("topic", row, in: sheet) ?? "")
            if let cell = sheet.cell("topic", row), !cell.text.isEmpty, !topics.contains(topic) {
                error("unknown topic \(quoted(cell.text)) (not in topics.csv)", at: cell, in: sheet.path)
            }
            let unit = requiredText("unit", row, in: sheet) ?? ""
            if let cell = sheet.cell("unit", row), !cell.text.isEmpty, !units.contains(unit) {
                error(
                    "unknown unit \(quoted(unit)): use \(alternatives(BuiltInUnit.ids)) or add it under units: in site.yml",
                    at: cell, in: sheet.path)
            }
            if let cell = sheet.cell("headline", row), !cell.text.isEmpty { result.headlineCells[id] = cell }
            result.indicators.append(
                Indicator(
                    id: id, topic: topic,
                    name: localized("name", languages: languages, row, in: sheet, required: true),
                    unit: unit,
                    decimals: decimals(row, in: sheet),
                    better: direction(row, in: sheet),
                    target: target(row, languages: languages, in: sheet),
                    sources: indicatorSources(row, known: sources, in: sheet),
                    headline: headline(row, in: sheet),
                    reporting: reporting(row, in: sheet),
                    location: location(sheet.path, line: row.line, column: 1)))
        }
        return result
    }

    private mutating func decimals(_ row: CSVRecord, in sheet: CSVSheet) -> Int? {
        guard let cell = sheet.cell("decimals", row), !cell.text.isEmpty else { return nil }
        guard let number = nonNegativeInteger(cell.text), number <= 10 else {
            error("bad decimals \(quoted(cell.text)): use a whole number from 0 to 10", at: cell, in: sheet.path)
            return nil
        }
        return number
    }

    private mutating func reporting(_ row: CSVRecord, in sheet: CSVSheet) -> ReportingStatus? {
        guard let cell = sheet.cell("reporting", row), !cell.text.isEmpty else { return nil }
        guard let status = ReportingStatus(rawValue: cell.text) else {
            let known = ReportingStatus.allCases.map(\.rawValue)
            error("bad reporting \(quoted(cell.text)): use \(alternatives(known)) or leave it empty", at: cell, in: sheet.path)
            return nil
        }
        return status
    }

    private mutating func direction(_ row: CSVRecord, in sheet: CSVSheet) -> Direction? {
        guard let cell = sheet.cell("better", row), !cell.text.isEmpty else { return nil }
        guard let direction = Direction(rawValue: cell.text) else {
            error("bad better \(quoted(cell.text)): use higher, lower or leave it empty", at: cell, in: sheet.path)
            return nil
        }
        return direction
    }

    private mutating func target(_ row: CSVRecord, languages: [LanguageCode], in sheet: CSVSheet) -> Target? {
        let valueCell = sheet.cell("target_value", row).flatMap { $0.text.isEmpty ? nil : $0 }
        var value: DecimalValue?
        if let valueCell {
            value = decimalValue(valueCell, column: "target_value", in: sheet.path)
        }
        var year: String?
        if let cell = sheet.cell("target_year", row), !cell.text.isEmpty {
            year = cell.text
            if Period(cell.text) == nil { error(badPeriod("target_year", cell.text), at: cell, in: sheet.path) }
        }
        guard let opCell = sheet.cell("target_op", row), !opCell.text.isEmpty else {
            if let valueCell {
                warning("target_value is ignored without a target_op", at: valueCell, in: sheet.path)
            }
            return nil
        }
        guard let op = TargetOperator(rawValue: opCell.text) else {
            let ops = TargetOperator.allCases.map(\.rawValue)
            error(
                "bad target_op \(quoted(opCell.text)): use \(ops.joined(separator: ", ")) or leave it empty", at: opCell,
                in: sheet.path)
            return nil
        }
        if op.needsValue, valueCell == nil {
            error("target_op \(op.rawValue) needs a target_value", at: opCell, in: sheet.path)
        } else if !op.needsValue, let valueCell {
            warning("target_value is ignored with target_op \(op.rawValue)", at: valueCell, in: sheet.path)
            value = nil
        }
        return Target(
            op: op, value: value, year: year,
            text: localized("target_text", languages: languages, row, in: sheet, required: false))
    }

    /// `a;b`: ids from `sources.csv` that apply to the whole indicator.
    private mutating func indicatorSources(_ row: CSVRecord, known: Set<SourceID>, in sheet: CSVSheet) -> [SourceID] {
        guard let cell = sheet.cell("sources", row), !cell.text.isEmpty else { return [] }
        var ids: [SourceID] = []
        for part in cell.text.split(separator: ";", omittingEmptySubsequences: true) {
            let text = part.trimmingCharacters(in: .whitespaces)
            let id = SourceID(text)
            if known.contains(id) {
                ids.append(id)
            } else {
                error("unknown source \(quoted(text)) (not in sources.csv)", at: cell, in: sheet.path)
            }
        }
        return ids
    }

    /// `sex=both;units=percent`: the dimension values of the headline series.
    private mutating func headline(_ row: CSVRecord, in sheet: CSVSheet) -> [String: String] {
        guard let cell = sheet.cell("headline", row), !cell.text.isEmpty else { return [:] }
        var selection: [String: String] = [:]
        for part in cell.text.split(separator: ";", omittingEmptySubsequences: true) {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = pair[0].trimmingCharacters(in: .whitespaces)
            guard pair.count == 2, !name.isEmpty else {
                error(
                    "bad headline \(quoted(cell.text)): use dimension=value pairs separated by ;, e.g. sex=female;area=rural",
                    at: cell, in: sheet.path)
                return [:]
            }
            guard selection[name] == nil else {
                error("headline names dimension \(quoted(name)) twice", at: cell, in: sheet.path)
                return [:]
            }
            selection[name] = pair[1].trimmingCharacters(in: .whitespaces)
        }
        return selection
    }
}
