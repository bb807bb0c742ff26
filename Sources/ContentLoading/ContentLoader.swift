import Foundation
import SiteModel

/// Reads a `content/` folder into the validated model, reporting every problem found in one pass.
///
/// The order of reading follows the references: `site.yml` gives the languages every other file is checked
/// against; regions, topics and sources come before the indicators that name them; Markdown files are read
/// before the data, whose `source#pN` anchors point into documents; links and charts are checked last, when
/// every object they may name is known.
public struct ContentLoader: Sendable {
    public let contentDirectory: URL
    public let displayPath: String

    /// - Parameter displayPath: how messages print the folder, e.g. `content`, giving
    ///   `content/data/x.csv:12:3: error: …`.
    public init(contentDirectory: URL, displayPath: String) {
        self.contentDirectory = contentDirectory
        self.displayPath = displayPath
    }

    /// The validated site with its warnings.
    ///
    /// Throws only `ContentProblems`, holding every diagnostic (errors and warnings) sorted by file, line and
    /// column (`site.yml` first), when any of them is an error. Never traps on bad input.
    ///
    /// - Parameter cache: data files parsed by earlier loads of this folder, reused where unchanged; the result
    ///   is the same with or without it.
    public func load(cache: DataFileCache? = nil) throws(ContentProblems) -> LoadedContent {
        var state = LoadState(directory: contentDirectory, displayPath: displayPath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            state.error("content folder not found", "")
            throw ContentProblems(state.diagnostics)
        }
        let site = state.loadSite(dataCache: cache)
        let siteFile = state.location(LoadState.siteFile).file
        let diagnostics = state.diagnostics.sorted { Self.order($0, $1, first: siteFile) }
        guard let site, !state.hasErrors else { throw ContentProblems(diagnostics) }
        return LoadedContent(site: site, warnings: diagnostics)
    }

    /// By file, line and column, with `site.yml` first: every other file is checked against it, so its
    /// problems come before any they may cause.
    private static func order(_ lhs: Diagnostic, _ rhs: Diagnostic, first: String) -> Bool {
        let (leftFirst, rightFirst) = (lhs.location.file == first, rhs.location.file == first)
        if leftFirst != rightFirst { return leftFirst }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}

extension LoadState {
    /// Reads and checks every file; the site is nil where a required part could not be read.
    mutating func loadSite(dataCache: DataFileCache? = nil) -> Site? {
        let siteFile = loadSiteFile()
        let languages = siteFile.languages
        siteLanguages = languages
        let labels = loadLabels(languages: languages)

        let regions = loadRegions(languages: languages)
        let regionCodes = Set(regions.map(\.code))
        checkReferences(siteFile.regionReferences, known: regionCodes, what: "region", file: Self.regionsFile)
        let topics = loadTopics(languages: languages)
        let (sources, sourceDocuments) = loadSources(languages: languages)
        let indicatorRows = loadIndicators(
            languages: languages, topics: Set(topics.map(\.id)), sources: Set(sources.map(\.id)),
            units: Set(BuiltInUnit.ids).union(siteFile.unitIDs))
        let indicatorIDs = Set(indicatorRows.indicators.map(\.id))

        var indicatorFiles = readMarkdownFolder("indicators", languages: languages, slugKind: "indicator-id")
        var documentFiles = readMarkdownFolder(Self.documentsFolder, languages: languages, slugKind: "slug")
        var pageFiles = readMarkdownFolder(Self.pagesFolder, languages: languages, slugKind: "slug")
        let documentSlugs = Set(documentFiles.map { DocumentSlug($0.slug) })
        checkReferences(sourceDocuments, known: documentSlugs, what: "document", file: "documents/")

        let data = loadData(
            indicators: indicatorRows.indicators, headlineCells: indicatorRows.headlineCells,
            references: DataReferences(
                languages: languages, regions: regionCodes,
                sources: Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                anchors: DocumentAnchors(documentFiles: documentFiles, defaultLanguage: languages.first)),
            cache: dataCache)

        let references = MarkdownReferences(
            indicators: indicatorIDs, regions: regionCodes, documents: documentSlugs,
            pages: Set(pageFiles.map { PageSlug($0.slug) }), dimensions: data.mapValues(\.dimensionNames),
            allowsRawHTML: siteFile.settings?.allowsRawHTML ?? false)
        for index in indicatorFiles.indices { checkMarkdown(&indicatorFiles[index], references: references) }
        for index in documentFiles.indices { checkMarkdown(&documentFiles[index], references: references) }
        for index in pageFiles.indices { checkMarkdown(&pageFiles[index], references: references) }

        reportMissingMarkdown(indicatorFiles.filter { indicatorIDs.contains(IndicatorID($0.slug)) }, folder: "indicators")
        reportMissingMarkdown(pageFiles, folder: Self.pagesFolder)
        let indicators = attachLongTexts(indicatorFiles, to: indicatorRows.indicators)
        let documents = documents(from: documentFiles, languages: languages, indicators: indicatorIDs)
        let pages = pages(from: pageFiles)

        guard let settings = siteFile.settings else { return nil }
        var site = Site(
            settings: settings, regions: regions, topics: topics, indicators: indicators, data: data,
            sources: sources, labels: labels, documents: documents, pages: pages, inputFiles: inputFiles.sorted())
        site.translationGaps = translationGaps
        return site
    }

    /// Reports every reference whose id is not among `known`.
    mutating func checkReferences<Tag>(
        _ references: [Reference<Tag>], known: Set<Identifier<Tag>>, what: String, file: String
    ) {
        for reference in references where !known.contains(reference.id) {
            report(.error("unknown \(what) \(quoted(reference.id.rawValue)) (not in \(file))", at: reference.location))
        }
    }

    /// `indicators/<id>.<lang>.md`: the long texts of indicators; the front matter has no fields there.
    private mutating func attachLongTexts(_ files: [MarkdownFile], to indicators: [Indicator]) -> [Indicator] {
        var texts: [IndicatorID: [LanguageCode: MarkdownText]] = [:]
        let known = Set(indicators.map(\.id))
        for file in files {
            let id = IndicatorID(file.slug)
            guard known.contains(id) else {
                error("text for unknown indicator \(quoted(file.slug)): add a row for it to indicators.csv", file.path)
                continue
            }
            if case .map(let map) = file.frontMatter, let first = map.fields.first {
                warning("front matter is ignored in indicator texts", at: first.keyNode, in: file.frontMatterPlace)
            }
            texts[id, default: [:]][file.language] = file.body
        }
        return indicators.map { indicator in
            var indicator = indicator
            indicator.longText = texts[indicator.id] ?? [:]
            return indicator
        }
    }
}
