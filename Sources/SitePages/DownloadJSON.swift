import SiteModel

extension SiteContext {
    private func localizedJSON(_ localized: Localized) -> JSONValue {
        .object(languages.map { ($0.rawValue, .string(localized[$0] ?? "")) })
    }

    /// `data/<id>.json`: the indicator's metadata and every observation, values as written; compact, and each
    /// observation without the keys it has nothing for (no flag, dimensions, note or source), as
    /// docs/content-format.md describes. Written straight into bytes: at a national scale a file holds a
    /// hundred thousand observations, and a tree of values for each was most of the cost.
    public func indicatorJSON(_ indicator: Indicator) -> [UInt8] {
        let target: JSONValue =
            indicator.target.map { target in
                .object([
                    ("op", .string(target.op.rawValue)), ("value", target.value.map { .number($0.text) } ?? .null),
                    ("year", .optional(target.year)), ("text", localizedJSON(target.text)),
                ])
            } ?? .null
        let metadata: [(String, JSONValue)] = [
            ("id", .string(indicator.id.rawValue)), ("topic", .string(indicator.topic.rawValue)),
            ("name", localizedJSON(indicator.name)), ("unit", .string(indicator.unit)),
            ("decimals", indicator.decimals.map { .number(String($0)) } ?? .null),
            ("better", .optional(indicator.better?.rawValue)), ("target", target),
            ("sources", .array(indicator.sources.map { .string($0.rawValue) })),
        ]
        let observations = site.data[indicator.id]?.observations ?? []
        var output: [UInt8] = []
        output.reserveCapacity(1_024 + observations.count * 64)
        JSONValue.object(metadata).writeCompact(into: &output)
        output.removeLast()  // the closing brace: the observations follow as the last member
        output.append(contentsOf: ",\"observations\":[".utf8)
        for (index, observation) in observations.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            writeObservation(observation, into: &output)
        }
        output.append(contentsOf: "]}\n".utf8)
        return output
    }

    /// One observation of `data/<id>.json`: region, year and value always (`null` where not available), then
    /// flag, dimensions (those not the total), note (the languages that have one) and source where the row has them.
    private func writeObservation(_ observation: Observation, into output: inout [UInt8]) {
        output.append(contentsOf: "{\"region\":".utf8)
        JSONString.append(observation.region.rawValue, to: &output)
        output.append(contentsOf: ",\"year\":".utf8)
        JSONString.append(observation.period.text, to: &output)
        output.append(contentsOf: ",\"value\":".utf8)
        output.append(contentsOf: (observation.value?.text ?? "null").utf8)
        if let flag = observation.flag {
            output.append(contentsOf: ",\"flag\":".utf8)
            JSONString.append(flag.rawValue, to: &output)
        }
        // An empty dimension value means the total, as an absent one does.
        let dimensions = observation.dimensions.isEmpty ? [] : observation.dimensions.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        if !dimensions.isEmpty {
            output.append(contentsOf: ",\"dimensions\":".utf8)
            JSONValue.object(dimensions.map { ($0.key, .string($0.value)) }).writeCompact(into: &output)
        }
        let notes = observation.note.isEmpty ? [] : languages.compactMap { language in
            observation.note[language].flatMap { $0.isEmpty ? nil : (language.rawValue, $0) }
        }
        if !notes.isEmpty {
            output.append(contentsOf: ",\"note\":".utf8)
            JSONValue.object(notes.map { ($0.0, .string($0.1)) }).writeCompact(into: &output)
        }
        if let source = observation.source {
            output.append(contentsOf: ",\"source\":".utf8)
            JSONString.append(source.description, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// `data/datapackage.json`: a Frictionless Data Package describing every CSV with a Table Schema.
    public func dataPackageJSON(tables: [DownloadTable]) -> String {
        let strings = strings(defaultLanguage)
        let resources = tables.map { table -> JSONValue in
            .object([
                ("name", .string(String(table.file.dropLast(4)).lowercased())),
                ("path", .string(table.file)), ("profile", .string("tabular-data-resource")),
                ("format", .string("csv")), ("mediatype", .string("text/csv")), ("encoding", .string("utf-8")),
                ("dialect", .object([("delimiter", .string(",")), ("lineTerminator", .string("\r\n"))])),
                (
                    "schema",
                    .object([
                        (
                            "fields",
                            .array(
                                table.columns.map { column in
                                    .object([
                                        ("name", .string(column.name)), ("type", .string(column.type.rawValue)),
                                        ("description", .string(columnExplanation(column, strings))),
                                    ])
                                })
                        ),
                        ("missingValues", .array([.string("")])),
                    ])
                ),
            ])
        }
        var members: [(String, JSONValue)] = [
            ("profile", .string("tabular-data-package")),
            ("name", .string(dataPackageName)),
            ("title", .string(text(site.settings.title, defaultLanguage))),
            ("description", .string(text(site.settings.description, defaultLanguage))),
        ]
        // A Data Package licence needs a path (or an SPDX name); without a licence URL none is claimed.
        if let url = site.settings.licenseURL {
            members.append(
                ("licenses", .array([.object([("path", .string(url.text)), ("title", .string(text(site.settings.license, defaultLanguage)))])]))
            )
        }
        members.append(("resources", .array(resources)))
        let package = JSONValue.object(members)
        return package.serialized() + "\n"
    }

    /// A Data Package name must be lowercase `[a-z0-9._-]`; derived from the base URL's last part or a default.
    private var dataPackageName: String {
        let last = baseURL?.split(separator: "/").last.map(String.init) ?? "almanac-site"
        let cleaned = last.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) ? $0 : "-" }
        return String(cleaned)
    }

    /// The explanation of a column in the data page's words.
    public func columnExplanation(_ column: DownloadColumn, _ strings: UIStrings) -> String {
        let languageName = column.language.map { self.languageName($0, in: strings.language) } ?? ""
        return strings.format("columns.\(column.explanationKey)", ["lang": languageName, "name": column.name])
    }
}
