import Foundation
import SiteModel

/// What data rows are checked against.
struct DataReferences: Equatable, Sendable {
    var languages: [LanguageCode]
    var regions: Set<RegionCode>
    var sources: [SourceID: Source]
    var anchors: DocumentAnchors
}

extension LoadState {
    static let dataFolder = "data"
    private static let reservedDataColumns: Set<String> = ["region", "year", "value", "flag", "source", "acknowledged"]
    private static let flagRule =
        "use E (estimated), P (provisional), B (break in series), M (missing), F (forecast) or leave it empty"

    /// Every `data/<id>.csv`, each read in one pass (lookups are hashed so large files stay linear), the files
    /// in parallel, each on its own (`DataFileParse`); their diagnostics are taken in file order, so the result
    /// does not depend on which file finished first. Parses `cache` holds for unchanged files are reused.
    mutating func loadData(
        indicators: [Indicator], headlineCells: [IndicatorID: CSVCell], references: DataReferences,
        cache: DataFileCache? = nil
    ) -> [IndicatorID: IndicatorData] {
        let indicatorIndex = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var files: [(path: String, indicator: Indicator)] = []
        for name in fileNames(in: Self.dataFolder) {
            let path = "\(Self.dataFolder)/\(name)"
            guard name.hasSuffix(".csv") else {
                warning("ignored: only <indicator-id>.csv files belong in data/", path)
                continue
            }
            let id = IndicatorID(String(name.dropLast(4)))
            guard let indicator = indicatorIndex[id] else {
                error("data file for unknown indicator \(quoted(id.rawValue)): add a row for it to indicators.csv", path)
                continue
            }
            files.append((path, indicator))
        }

        let context = DataFileContext(references: references, translationPolicy: translationPolicy)
        let kept = cache?.parses(for: context) ?? [:]
        let base = separate()
        // Each file is read by the worker that parses it, so only as many files' bytes are held as there are
        // workers, not every file of a national site at once.
        let results = inParallel(files) { file -> (parse: DataFileParse, reused: Bool, read: Set<String>) in
            var state = base.separate()
            guard let bytes = state.readBytes(file.path) else {
                return (DataFileParse(key: nil, diagnostics: state.diagnostics, translationGaps: []), false, state.inputFiles)
            }
            let key = DataFileKey(bytes: bytes, trackedDimensions: Set(file.indicator.headline.keys))
            if let parse = kept[file.path], parse.key == key { return (parse, true, state.inputFiles) }
            let parse = state.parseDataFile(bytes, file.path, indicator: file.indicator, key: key, references: references)
            return (parse, false, state.inputFiles)
        }
        let readable = zip(files, results).filter { $0.1.parse.key != nil }
        cache?.keep(
            Dictionary(readable.map { ($0.0.path, $0.1.parse) }, uniquingKeysWith: { first, _ in first }), for: context,
            parsed: readable.filter { !$0.1.reused }.map(\.0.path))

        var data: [IndicatorID: IndicatorData] = [:]
        for (file, (parse, _, read)) in zip(files, results) {
            absorb(diagnostics: parse.diagnostics, translationGaps: parse.translationGaps, inputFiles: read)
            if let dimensions = parse.dimensions, let cell = headlineCells[file.indicator.id] {
                checkHeadline(file.indicator.headline, at: cell, path: file.path, dimensions: dimensions)
            }
            if let indicatorData = parse.data { data[file.indicator.id] = indicatorData }
        }
        return data
    }

    /// One data file on its own: this state holds only what the file's parse finds.
    private mutating func parseDataFile(
        _ bytes: [UInt8], _ path: String, indicator: Indicator, key: DataFileKey, references: DataReferences
    ) -> DataFileParse {
        var parse = DataFileParse(key: key, diagnostics: [], translationGaps: [])
        if let text = decodeText(bytes, path), let sheet = parseCSV(text, path) {
            let notColumns = checkDataColumns(sheet, languages: references.languages)
            if requireColumns(["region", "year", "value"], in: sheet),
                var reader = DataFileReader(
                    sheet: sheet, references: references, trackedDimensions: key.trackedDimensions,
                    notDimensions: notColumns)
            {
                checkLanguageColumns("note", languages: references.languages, in: sheet, required: false)
                var sources = SourceCells()
                parse.data = reader.read(into: &self, sources: &sources, indicator: indicator.id)
                parse.dimensions = (reader.dimensionNames, reader.dimensionValues)
            }
        }
        parse.diagnostics = diagnostics
        parse.translationGaps = translationGaps
        return parse
    }

    /// The headline must name dimensions of the data file; a value no row has leaves the headline empty.
    private mutating func checkHeadline(
        _ headline: [String: String], at cell: CSVCell, path: String,
        dimensions: (names: [String], values: [String: Set<String>])
    ) {
        for (name, value) in headline.sorted(by: { $0.key < $1.key }) {
            guard let values = dimensions.values[name] else {
                let names = dimensions.names.isEmpty ? "none" : dimensions.names.joined(separator: ", ")
                error(
                    "headline names dimension \(quoted(name)), which \(path) does not have (its dimensions: \(names))",
                    at: cell, in: Self.indicatorsFile)
                continue
            }
            if !values.contains(value) {
                warning(
                    "no row of \(path) has \(shortened(name))=\(shortened(value)), so the headline series is empty", at: cell,
                    in: Self.indicatorsFile)
            }
        }
    }

    fileprivate static func isReserved(_ column: String) -> Bool {
        reservedDataColumns.contains(column) || column.hasPrefix("note_")
    }

    /// Reports columns that look like fixed ones but are not (`Value`, `note_fr` in a zh/en site); returns
    /// them, so none becomes a dimension in silence.
    private mutating func checkDataColumns(_ sheet: CSVSheet, languages: [LanguageCode]) -> Set<String> {
        let accepted = Self.reservedDataColumns.union(languages.map { "note_\($0.rawValue)" })
        var notDimensions = reportMisspelledColumns(sheet, accepted: accepted)
        for cell in sheet.header where !accepted.contains(cell.text) && !notDimensions.contains(cell.text) {
            guard let language = Self.otherLanguage(of: cell.text, prefixes: ["note"], languages: languages) else {
                continue
            }
            warning(Self.otherLanguageMessage(cell.text, language, languages), at: cell, in: sheet.path)
            notDimensions.insert(cell.text)
        }
        return notDimensions
    }

    fileprivate static func badFlag(_ text: String) -> String { "bad flag \(quoted(text)): \(flagRule)" }
}

/// `source` cells repeat on many rows; each distinct text is parsed and checked once per file.
private struct SourceCells {
    struct Reading {
        var reference: SourceReference?
        var problem: String?
    }

    var readings: [String: Reading] = [:]
}

/// One pass over the rows of a data file; column positions are looked up once, not per row.
private struct DataFileReader {
    let sheet: CSVSheet
    let references: DataReferences
    let dimensionNames: [String]
    /// Every value seen ("" for totals) of the dimensions the headline names, to check it against.
    private(set) var dimensionValues: [String: Set<String>]
    /// Periods repeat on every region's rows; parsing each text once keeps large files fast.
    private var periods: [String: Period?] = [:]
    /// Rows repeat few combinations of note, source, dimensions and acknowledged rules: each is held once per
    /// file and shared by its rows, so a row costs no allocation of its own.
    private var sharedDetails: Set<ObservationDetails> = []
    /// The details of the row before, which the next row usually repeats (found without hashing).
    private var lastDetails: ObservationDetails?
    private let region: Int
    private let year: Int
    private let value: Int
    private let flag: Int?
    private let source: Int?
    private let acknowledged: Int?
    private let notes: [(language: LanguageCode, column: Int)]
    private let dimensions: [(name: String, column: Int, isTracked: Bool)]

    /// Nil where a required column is missing (reported by the caller).
    init?(sheet: CSVSheet, references: DataReferences, trackedDimensions: Set<String>, notDimensions: Set<String>) {
        let names = sheet.columnNames
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        guard let region = column("region"), let year = column("year"), let value = column("value") else { return nil }
        self.sheet = sheet
        self.references = references
        self.region = region
        self.year = year
        self.value = value
        flag = column("flag")
        source = column("source")
        acknowledged = column("acknowledged")
        notes = references.languages.compactMap { language in
            column("note_\(language.rawValue)").map { (language, $0) }
        }
        dimensions = names.enumerated().filter { !LoadState.isReserved($0.element) && !notDimensions.contains($0.element) }.map {
            ($0.element, $0.offset, trackedDimensions.contains($0.element))
        }
        dimensionNames = dimensions.map(\.name)
        dimensionValues = Dictionary(
            dimensions.filter(\.isTracked).map { ($0.name, []) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func read(
        into state: inout LoadState, sources: inout SourceCells, indicator: IndicatorID
    ) -> IndicatorData {
        var observations = ObservationColumns.Builder(capacity: sheet.rows.count)
        var firstLines: [String: Int] = [:]
        firstLines.reserveCapacity(sheet.rows.count)
        for row in sheet.rows {
            let cells = row.cells
            let regionCell = cells[region]
            var regionCode = RegionCode(regionCell.text)
            if regionCell.text.isEmpty {
                state.error("empty region", at: regionCell, in: sheet.path)
            } else if let known = references.regions.firstIndex(of: regionCode) {
                regionCode = references.regions[known]  // shares the text of regions.csv, were it long
            } else {
                state.error(
                    "unknown region \(quoted(regionCell.text)) (not in regions.csv)", at: regionCell, in: sheet.path,
                    code: "reference.unknown-region")
            }
            let period = self.period(cells[year], state: &state)
            let (value, flag) = valueAndFlag(cells, state: &state)
            let source = self.source.flatMap { sourceReference(cells[$0], state: &state, sources: &sources) }
            let acknowledged = self.acknowledged.map { acknowledgedRules(cells[$0], state: &state) } ?? []

            var dimensions: [String: String] = [:]
            var key = regionCell.text + "\u{1F}" + cells[year].text
            for (name, column, isTracked) in self.dimensions {
                let text = cells[column].text
                key += "\u{1F}" + text
                if isTracked { dimensionValues[name]?.insert(text) }
                if !text.isEmpty { dimensions[name] = text }
            }
            guard !regionCell.text.isEmpty, let period else { continue }
            if let first = firstLines[key] {
                let values = self.dimensions.compactMap { dimension in
                    dimensions[dimension.name].map { ", \(dimension.name) \($0)" }
                }
                state.error(
                    "duplicate row: region \(shortened(regionCell.text)), year \(shortened(period.text))\(shortened(values.joined())) (first on line \(first))",
                    at: regionCell, in: sheet.path)
                continue
            }
            firstLines[key] = row.line
            var note = Localized()
            for (language, column) in notes where !cells[column].text.isEmpty {
                note[language] = cells[column].text
            }
            reportMissingNotes(note, cells: cells, row: row, state: &state)
            observations.append(
                region: regionCode, period: period, value: value, flag: flag,
                details: shared(note: note, source: source, dimensions: dimensions, acknowledged: acknowledged),
                line: row.line)
        }
        return IndicatorData(
            indicator: indicator, dimensionNames: dimensionNames, observations: observations.columns,
            file: state.location(sheet.path).file)
    }

    /// The one instance of these details in this file; nil when they are all empty.
    private mutating func shared(
        note: Localized, source: SourceReference?, dimensions: [String: String], acknowledged: Set<String>
    ) -> ObservationDetails? {
        guard !note.values.isEmpty || source != nil || !dimensions.isEmpty || !acknowledged.isEmpty else { return nil }
        if let last = lastDetails, last.note == note, last.source == source, last.dimensions == dimensions,
            last.acknowledged == acknowledged
        {
            return last
        }
        let details = sharedDetails.insert(
            ObservationDetails(note: note, source: source, dimensions: dimensions, acknowledged: acknowledged)
        ).memberAfterInsert
        lastDetails = details
        return details
    }

    /// A note the default language gives is a text every language should have: each one missing is a gap.
    private func reportMissingNotes(_ note: Localized, cells: [CSVCell], row: CSVRecord, state: inout LoadState) {
        // Most rows have no note: no language needs looking up then.
        guard !note.values.isEmpty, let defaultLanguage = references.languages.first, note[defaultLanguage] != nil else {
            return
        }
        for language in references.languages.dropFirst() where note[language] == nil {
            let name = "note_\(language.rawValue)"
            let cell = notes.first { $0.0 == language }.map { cells[$0.1] }
            let place = state.location(sheet.path, line: cell?.line ?? row.line, column: cell?.column ?? 1)
            state.missingTranslation(
                "empty \(name) where note_\(defaultLanguage.rawValue) has a note", text: name, language: language, at: place,
                warns: cell != nil)
        }
    }

    private mutating func period(_ cell: CSVCell, state: inout LoadState) -> Period? {
        guard !cell.text.isEmpty else {
            state.error("empty year", at: cell, in: sheet.path)
            return nil
        }
        let period: Period?
        if let known = periods[cell.text] {
            period = known
        } else {
            period = Period(cell.text)
            periods[cell.text] = period
        }
        if period == nil { state.error(badPeriod("year", cell.text), at: cell, in: sheet.path) }
        return period
    }

    /// An empty value with no flag is read as missing (`M`) and reported as a warning.
    private func valueAndFlag(_ cells: [CSVCell], state: inout LoadState) -> (DecimalValue?, ObservationFlag?) {
        var flag: ObservationFlag?
        var flagIsValid = true
        if let column = self.flag, !cells[column].text.isEmpty {
            let cell = cells[column]
            flag = ObservationFlag(rawValue: cell.text)
            if flag == nil {
                flagIsValid = false
                state.error(LoadState.badFlag(cell.text), at: cell, in: sheet.path)
            }
        }
        let cell = cells[value]
        guard !cell.text.isEmpty else {
            if flag == nil, flagIsValid {
                state.warning(
                    "empty value without a flag; read as M (missing)", at: cell, in: sheet.path, code: "value.missing-flag")
                return (nil, .missing)
            }
            return (nil, flag)
        }
        return (state.decimalValue(cell, column: "value", in: sheet.path), flag)
    }

    /// The check rule codes of an `acknowledged` cell (`value.exceeds-bound;cite.unit-mismatch`); an unknown
    /// code is an error, so a misspelt one cannot leave a warning standing without anyone noticing.
    private func acknowledgedRules(_ cell: CSVCell, state: inout LoadState) -> Set<String> {
        var codes: Set<String> = []
        for part in cell.text.split(separator: ";") {
            let code = part.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { continue }
            if CheckRule(rawValue: code) == nil {
                state.error(CheckRule.unknownCodeMessage(code), at: cell, in: sheet.path, code: "acknowledged.unknown-rule")
            } else {
                codes.insert(code)
            }
        }
        return codes
    }

    private func sourceReference(
        _ cell: CSVCell, state: inout LoadState, sources: inout SourceCells
    ) -> SourceReference? {
        guard !cell.text.isEmpty else { return nil }
        let reading: SourceCells.Reading
        if let known = sources.readings[cell.text] {
            reading = known
        } else {
            let reference = SourceReference(cell.text)
            reading = SourceCells.Reading(reference: reference, problem: reference.flatMap(sourceProblem))
            sources.readings[cell.text] = reading
        }
        if let problem = reading.problem { state.error(problem, at: cell, in: sheet.path) }
        return reading.reference
    }

    private func sourceProblem(_ reference: SourceReference) -> String? {
        guard let source = references.sources[reference.source] else {
            return "unknown source \(quoted(reference.source.rawValue)) (not in sources.csv)"
        }
        guard let anchor = reference.anchor else { return nil }
        guard let document = source.document else {
            return "source \(quoted(reference.source.rawValue)) has no document for #\(anchor) to point into"
                + " (set its document column in sources.csv)"
        }
        return references.anchors.problem(with: anchor, in: document)
    }
}
