import SiteModel

extension SiteContext {
    private func localizedJSON(_ localized: Localized) -> JSONValue {
        .object(languages.map { ($0.rawValue, .string(localized[$0] ?? "")) })
    }

    /// `data/<id>.json`: the indicator's metadata and every observation, values as written.
    public func indicatorJSON(_ indicator: Indicator) -> String {
        let target: JSONValue =
            indicator.target.map { target in
                .object([
                    ("op", .string(target.op.rawValue)), ("value", target.value.map { .number($0.text) } ?? .null),
                    ("year", .optional(target.year)), ("text", localizedJSON(target.text)),
                ])
            } ?? .null
        let observations = (site.data[indicator.id]?.observations ?? []).map { observation -> JSONValue in
            .object([
                ("region", .string(observation.region.rawValue)), ("year", .string(observation.period.text)),
                ("value", observation.value.map { .number($0.text) } ?? .null),
                ("flag", .optional(observation.flag?.rawValue)),
                ("dimensions", .object(observation.dimensions.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
                ("note", localizedJSON(observation.note)), ("source", .optional(observation.source?.description)),
            ])
        }
        let document = JSONValue.object([
            ("id", .string(indicator.id.rawValue)), ("topic", .string(indicator.topic.rawValue)),
            ("name", localizedJSON(indicator.name)), ("unit", .string(indicator.unit)),
            ("decimals", indicator.decimals.map { .number(String($0)) } ?? .null),
            ("better", .optional(indicator.better?.rawValue)), ("target", target),
            ("sources", .array(indicator.sources.map { .string($0.rawValue) })),
            ("observations", .array(observations)),
        ])
        return document.serialized() + "\n"
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
