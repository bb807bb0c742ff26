import ContentLoading
import Foundation
import SiteModel

/// `almanac import opensdg`: an Open SDG data repository, read as it is, written as an Almanac content folder.
///
/// What is read and how it maps is documented in docs/import-opensdg.md; what cannot be placed is counted in the
/// summary with its reason, never dropped in silence.
public enum OpenSDGImporter {
    public static func run(_ options: OpenSDGImportOptions) throws(OpenSDGImportError) -> ImportSummary {
        let source = options.source
        guard ImportFiles.isDirectory(source) else { throw .sourceNotFound(source.path) }
        if ImportFiles.isDirectory(options.output) {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: options.output.path)) ?? []
            guard entries.isEmpty else { throw .outputNotEmpty(options.output.path) }
        } else if FileManager.default.fileExists(atPath: options.output.path) {
            throw .outputNotEmpty(options.output.path)
        }
        let display: (URL) -> String = { url in
            let base = source.standardizedFileURL.path
            let path = url.standardizedFileURL.path
            return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
        }
        var problems: [ImportProblem] = []
        let config = readConfig(source, display: display, problems: &problems)
        let languages = options.languages ?? (config.languages.isEmpty ? ["en"] : config.languages)
        for language in languages where ImportNames.slug(language).isEmpty || language.contains(" ") {
            throw .badLanguage(language)
        }
        let translations = OpenSDGTranslations(
            folders: options.translationFolders + [source.appendingPathComponent("translations")], display: display)
        problems += translations.problems
        let ids = indicatorIDs(source)
        guard !ids.isEmpty else { throw .notOpenSDG(source.path) }

        var builder = ContentBuilder(
            options: options, languages: languages,
            localizer: ImportLocalizer(languages: languages, translations: translations, fillMissing: options.fillMissing),
            geocodes: readGeocodes(source))
        for id in ids {
            let metadata = OpenSDGMetadata.read(
                id: id, source: source, languages: languages, display: display, problems: &problems)
            let dataURL = source.appendingPathComponent("data").appendingPathComponent("indicator_\(id).csv")
            var data: OpenSDGDataFile?
            if FileManager.default.fileExists(atPath: dataURL.path) {
                if let text = ImportFiles.text(dataURL) {
                    data = OpenSDGDataFile(
                        text: text, file: display(dataURL), extraAttributes: config.attributes,
                        extraNonDimensions: config.nonDisaggregation, homeNames: builder.homeNames,
                        tally: &builder.tally)
                } else {
                    problems.append(ImportProblem(file: display(dataURL), line: nil, message: "not UTF-8; skipped"))
                }
            }
            builder.add(id: id, metadata: metadata, data: data)
        }
        let files = builder.files()
        try files.write(to: options.output)
        return builder.summary(problems: problems)
    }

    /// Indicator ids from `data/indicator_<id>.csv`, `meta/<id>.*` and `indicator-config/<id>.yml`.
    static func indicatorIDs(_ source: URL) -> [String] {
        var ids: Set<String> = []
        for name in ImportFiles.names(in: source.appendingPathComponent("data"))
        where name.hasPrefix("indicator_") && name.hasSuffix(".csv") {
            ids.insert(String(name.dropFirst("indicator_".count).dropLast(4)))
        }
        for folder in ["meta", "indicator-config"] {
            for name in ImportFiles.names(in: source.appendingPathComponent(folder)) {
                let stem = (name as NSString).deletingPathExtension
                let ext = (name as NSString).pathExtension
                if ["md", "yml", "yaml"].contains(ext), stem.contains("-"), stem.first?.isNumber == true {
                    ids.insert(stem)
                }
            }
        }
        return ids.sorted { lhs, rhs in
            let l = lhs.split(separator: "-").map { Int($0) ?? Int.max }
            let r = rhs.split(separator: "-").map { Int($0) ?? Int.max }
            return l == r ? lhs < rhs : l.lexicographicallyPrecedes(r)
        }
    }

    struct Config {
        var languages: [String] = []
        var attributes: Set<String> = []
        var nonDisaggregation: Set<String> = []
    }

    static func readConfig(_ source: URL, display: (URL) -> String, problems: inout [ImportProblem]) -> Config {
        var config = Config()
        let url = source.appendingPathComponent("config_data.yml")
        guard let text = ImportFiles.text(url) else { return config }
        switch OpenSDGYAML.mapping(text, file: display(url)) {
        case .failure(let problem): problems.append(problem)
        case .success(let map):
            config.languages = map["languages"]?.list?.compactMap { $0.text } ?? []
            let options = map["indicator_options"]?.map
            config.attributes = Set(options?["observation_attributes"]?.list?.compactMap { $0.text } ?? [])
            config.nonDisaggregation = Set(options?["non_disaggregation_columns"]?.list?.compactMap { $0.text } ?? [])
        }
        return config
    }

    /// `geocodes.csv` (or `data/geocodes.csv`): `GeoCode` and a name column, where a repository has one.
    static func readGeocodes(_ source: URL) -> [(code: String, name: String)] {
        for path in ["geocodes.csv", "data/geocodes.csv", "meta/geocodes.csv"] {
            guard let text = ImportFiles.text(source.appendingPathComponent(path)) else { continue }
            let table = CSVReader.read(text).table
            let header = table.header.map(\.text)
            guard let codeColumn = header.firstIndex(where: { $0.lowercased() == "geocode" }),
                let nameColumn = header.indices.first(where: { $0 != codeColumn })
            else { continue }
            return table.records.compactMap { record in
                guard record.cells.count > max(codeColumn, nameColumn) else { return nil }
                let code = ImportNames.cleanCode(record.cells[codeColumn].text)
                let name = ImportNames.cleanText(record.cells[nameColumn].text)
                return code.isEmpty || name.isEmpty ? nil : (code, name)
            }
        }
        return []
    }
}
