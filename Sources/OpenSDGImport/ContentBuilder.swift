import Foundation
import SiteModel

/// Collects the imported indicators and writes them as the files of an Almanac content folder.
struct ContentBuilder {
    let options: OpenSDGImportOptions
    let languages: [String]
    let localizer: ImportLocalizer
    var tally = ImportTally()
    /// Region names that mean the home region (rows saying `Geography: Canada` where the home region is Canada).
    let homeNames: Set<String>

    private let geocodeNames: [String: String]
    private let geocodeOrder: [String]
    private var regionNames: [String: String] = [:]
    private var topics: [String: Int] = [:]
    private var indicatorRows: [[String]] = []
    private var sourceRows: [[String]] = []
    private var labels: [String: (header: String, values: [String])] = [:]
    private var labelOrder: [String] = []
    private var units: [String: String] = [:]
    private var dataFiles: [String: (header: [String], rows: [[String]])] = [:]
    private var longTexts: [String: String] = [:]
    private(set) var observations = 0
    private var statusCounts: [String: Int] = [:]

    init(
        options: OpenSDGImportOptions, languages: [String], localizer: ImportLocalizer,
        geocodes: [(code: String, name: String)]
    ) {
        self.options = options
        self.languages = languages
        self.localizer = localizer
        self.homeNames = [options.homeName]
        var names: [String: String] = [:]
        var order: [String] = []
        for (code, name) in geocodes where names[code] == nil {
            names[code] = name
            order.append(code)
        }
        geocodeNames = names
        geocodeOrder = order
    }

    private var defaultLanguage: String { localizer.defaultLanguage }

    private func columns(_ prefix: String) -> [String] { languages.map { "\(prefix)_\($0)" } }

    private func cells(_ texts: [String: String]) -> [String] { languages.map { texts[$0] ?? "" } }

    // MARK: Indicators

    mutating func add(id rawID: String, metadata: OpenSDGMetadata, data: OpenSDGDataFile?) {
        let id = rawID.lowercased()
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
            !ImportNames.isReserved(id)
        else {
            tally.skip("indicator id that is not an Almanac id (a-z, 0-9, -)", at: rawID)
            return
        }
        let number = metadata.text("indicator_number") ?? id.replacingOccurrences(of: "-", with: ".")
        let goal = id.split(separator: "-").first.flatMap { Int($0) }
        let topic = goal.map { "goal-\($0)" } ?? "other"
        topics[topic] = goal ?? Int.max

        var name = localizer.texts(
            "indicator \(id) name",
            raw: { metadata.raw("indicator_name", for: $0) ?? metadata.raw("graph_title", for: $0) },
            fallback: number, tally: &tally)
        for (language, text) in name where !text.isEmpty && !text.hasPrefix(number) { name[language] = "\(number) \(text)" }

        let unitText = metadata.raw("computation_units", for: defaultLanguage) ?? data?.singleUnit ?? data?.firstUnit
        let unit = unitID(unitText, indicator: id, metadata: metadata)

        var headline: [String] = []
        var sourceIDs: [String] = []
        addSources(id: id, metadata: metadata, into: &sourceIDs)
        let reporting = reportingStatus(metadata)
        if let data, !data.rows.isEmpty {
            // `data_start_values` picks the series Open SDG shows first. It names the headline only of a dimension
            // without total rows (where there are totals, they are the headline, as in Open SDG's national view);
            // the first pick of a dimension counts, and only where a row has it.
            var named: Set<String> = []
            for start in metadata.fields["data_start_values"]?.list ?? [] {
                guard let field = start.map?["field"]?.text, let value = start.map?["value"]?.text,
                    let position = data.dimensions.firstIndex(where: { $0.header == field }),
                    !value.contains(";"), !value.contains("="),
                    !data.rows.contains(where: { $0.dimensionValues[position].isEmpty }),
                    named.insert(data.dimensions[position].column).inserted,
                    data.rows.contains(where: { $0.dimensionValues[position] == value })
                else { continue }
                headline.append("\(data.dimensions[position].column)=\(value)")
            }
            addData(id: id, data)
        }
        statusCounts[reporting.isEmpty ? "reported" : reporting, default: 0] += 1
        indicatorRows.append(
            [id, topic] + cells(name) + [unit, headline.joined(separator: ";"), sourceIDs.joined(separator: ";"), reporting])
        addLongText(id: id, metadata: metadata)
    }

    private func reportingStatus(_ metadata: OpenSDGMetadata) -> String {
        if metadata.isNonStatistical { return "non_statistical" }
        switch metadata.text("reporting_status")?.lowercased() {
        case "notstarted": return "not_started"
        case "inprogress": return "in_progress"
        default: return ""
        }
    }

    /// `source_organisation_N`, `source_url_N`, `source_url_text_N` (or `source_title_N`) for N = 1…20, unless
    /// `source_active_N` is false.
    private mutating func addSources(id: String, metadata: OpenSDGMetadata, into ids: inout [String]) {
        for number in 1...20 {
            if metadata.fields["source_active_\(number)"]?.isFalse == true { continue }
            let titleKey = ["source_url_text_\(number)", "source_title_\(number)", "source_organisation_\(number)"]
                .first { metadata.text($0) != nil }
            guard let titleKey else { continue }
            let sourceID = "\(id)-source-\(number)"
            let title = localizer.texts(
                "source \(sourceID) title", raw: { metadata.raw(titleKey, for: $0) }, tally: &tally)
            var publisher = [String: String]()
            if metadata.text("source_organisation_\(number)") != nil {
                var ignored = ImportTally()
                publisher = localizer.texts(
                    "source \(sourceID) publisher", raw: { metadata.raw("source_organisation_\(number)", for: $0) },
                    tally: &ignored)
            }
            var url = ""
            if let raw = metadata.text("source_url_\(number)") {
                let written = localizer.translations.lookUp(raw, in: defaultLanguage) ?? raw
                if case .success = WebAddress.check(written, as: .absolute) { url = written } else {
                    tally.skip("source address that is not an https:// or http:// address (source kept without it)", at: "\(sourceID) \"\(written.prefix(40))\"")
                }
            }
            ids.append(sourceID)
            sourceRows.append([sourceID] + cells(title) + cells(publisher) + [url])
        }
    }

    private mutating func addData(id: String, _ data: OpenSDGDataFile) {
        for dimension in data.dimensions {
            if labels[dimension.column] == nil {
                labels[dimension.column] = (dimension.header, [])
                labelOrder.append(dimension.column)
            }
        }
        var rows: [[String]] = []
        let hasNotes = data.rows.contains { !$0.notes.isEmpty }
        for row in data.rows {
            let region: String
            switch row.region {
            case .home: region = options.homeCode
            case .code(let raw, let name):
                region = ImportNames.regionCode(raw)
                if region == options.homeCode { break }
                if regionNames[region] == nil { regionNames[region] = geocodeNames[raw] ?? name ?? raw }
            }
            for (dimension, value) in zip(data.dimensions, row.dimensionValues) where !value.isEmpty {
                if labels[dimension.column]?.values.contains(value) == false {
                    labels[dimension.column]?.values.append(value)
                }
            }
            let note = row.notes.joined(separator: "; ")
            let notes = hasNotes ? languages.map { $0 == defaultLanguage || options.fillMissing ? note : "" } : []
            rows.append(
                [region, row.period.text, row.value?.text ?? "", row.flag?.rawValue ?? ""] + notes + row.dimensionValues)
        }
        observations += rows.count
        let header =
            ["region", "year", "value", "flag"] + (hasNotes ? columns("note") : []) + data.dimensions.map(\.column)
        dataFiles[id] = (header, rows)
    }

    /// The Markdown body of `meta/<id>.md`, else `page_content`, per language that has one.
    private mutating func addLongText(id: String, metadata: OpenSDGMetadata) {
        for language in languages {
            var text = metadata.translated[language]?.body
            if text == nil || text?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true {
                if let raw = metadata.translated[language]?.fields["page_content"]?.text {
                    text = localizer.translations.lookUp(raw, in: language) ?? raw
                } else if let raw = metadata.text("page_content") {
                    text = localizer.translations.lookUp(raw, in: language)
                        ?? (language == defaultLanguage && !localizer.translations.isKey(raw) ? raw : nil)
                } else if language == defaultLanguage {
                    text = metadata.body
                }
            }
            let markdown = ImportMarkdown.fromOpenSDG(text ?? "")
            if !markdown.isEmpty { longTexts["indicators/\(id).\(language).md"] = markdown + "\n" }
        }
    }

    // MARK: Units

    /// A built-in unit where Open SDG's wording names one, else a unit of the site labelled with the wording.
    private mutating func unitID(_ text: String?, indicator: String, metadata: OpenSDGMetadata) -> String {
        guard let text else { return "count" }
        let lower = text.lowercased()
        if lower.contains("%") || lower.hasPrefix("percent") || lower.hasPrefix("proportion") { return "percent" }
        if lower.contains("per 100,000") || lower.contains("per 100 000") || lower.contains("per 100000") {
            return "per_100k"
        }
        if lower.contains("per 1,000 ") || lower.hasSuffix("per 1,000") || lower.contains("per 1000") { return "per_mille" }
        if ["number", "count", "numbers"].contains(lower) { return "count" }
        if lower == "years" { return "years" }
        if lower == "ratio" { return "ratio" }
        let slug = ImportNames.slug(text)
        let id = "u-" + (slug.isEmpty ? "unit" : String(slug.prefix(60)))
        units[id] = units[id] ?? text
        return id
    }

    // MARK: Files

    mutating func files() -> ContentFiles {
        var files = ContentFiles()
        var site = "# Imported from an Open SDG data repository by almanac import opensdg.\n"
        let titles = localizer.texts(
            "site title", raw: { _ in self.options.title ?? "general.site_title" },
            fallback: "Indicators For The Sustainable Development Goals", tally: &tally)
        site += "title: {" + languages.map { "\($0): \(ContentFiles.yamlString(titles[$0] ?? ""))" }.joined(separator: ", ") + "}\n"
        site += "languages: [" + languages.joined(separator: ", ") + "]\n"
        site += "home_region: \(ContentFiles.yamlString(options.homeCode))\n"
        if !units.isEmpty {
            site += "units:\n"
            for (id, text) in units.sorted(by: { $0.key < $1.key }) {
                let labels = localizer.texts("unit \"\(text)\"", written: text, tally: &tally)
                site += "  \(id): {" + languages.map { "\($0): \(ContentFiles.yamlString(labels[$0] ?? ""))" }
                    .joined(separator: ", ") + "}\n"
            }
        }
        files.files["site.yml"] = site

        let homeName = localizer.texts("region \(options.homeCode) name", written: options.homeName, tally: &tally)
        var regionRows = [[options.homeCode] + cells(homeName) + ["country", ""]]
        let ordered = geocodeOrder.map(ImportNames.regionCode).filter { regionNames[$0] != nil }
        let others = regionNames.keys.filter { !ordered.contains($0) }.sorted()
        for code in ordered + others {
            let written = regionNames[code] ?? code
            // A region known only by its code is called so in every language.
            let names =
                written == code
                ? Dictionary(uniqueKeysWithValues: languages.map { ($0, code) })
                : localizer.texts("region \(code) name", written: written, tally: &tally)
            regionRows.append([code] + cells(names) + ["region", options.homeCode])
        }
        files.csv("regions.csv", header: ["code"] + columns("name") + ["level", "parent"], rows: regionRows)

        var topicRows: [[String]] = []
        for (topic, goal) in topics.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            let names = localizer.texts(
                "topic \(topic) name", raw: { _ in goal == Int.max ? nil : "global_goals.\(goal)-title" },
                fallback: goal == Int.max ? "Other" : "Goal \(goal)", tally: &tally)
            topicRows.append([topic, ""] + cells(names))
        }
        files.csv("topics.csv", header: ["id", "parent"] + columns("name"), rows: topicRows)
        files.csv(
            "indicators.csv",
            header: ["id", "topic"] + columns("name") + ["unit", "headline", "sources", "reporting"],
            rows: indicatorRows)
        files.csv("sources.csv", header: ["id"] + columns("title") + columns("publisher") + ["url"], rows: sourceRows)

        var labelRows: [[String]] = []
        for column in labelOrder {
            guard let label = labels[column] else { continue }
            labelRows.append(
                [column, ""] + cells(localizer.texts("label of \"\(label.header)\"", written: label.header, tally: &tally)))
            for value in label.values {
                labelRows.append(
                    [column, value] + cells(localizer.texts("label of \"\(value)\"", written: value, tally: &tally)))
            }
        }
        files.csv("labels.csv", header: ["dimension", "code"] + columns("name"), rows: labelRows)
        for (id, file) in dataFiles { files.csv("data/\(id).csv", header: file.header, rows: file.rows) }
        for (path, text) in longTexts { files.files[path] = text }
        return files
    }

    func summary(problems: [ImportProblem]) -> ImportSummary {
        ImportSummary(
            indicators: indicatorRows.count, indicatorsWithData: dataFiles.count, observations: observations,
            regions: regionNames.count + 1, dimensions: labelOrder.count, reportingStatuses: statusCounts,
            skipped: tally.skipped.map { ImportSummary.Skipped(reason: $0.key, count: $0.value.count, first: $0.value.first) }
                .sorted { ($0.count, $1.reason) > ($1.count, $0.reason) },
            missingTranslations: tally.missing.map {
                ImportSummary.Missing(language: $0.key, count: $0.value.count, examples: $0.value.examples)
            }.sorted { $0.language < $1.language },
            filledMissing: options.fillMissing, defaultLanguage: defaultLanguage, problems: problems)
    }
}
