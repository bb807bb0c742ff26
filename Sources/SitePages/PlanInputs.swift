import SiteModel

/// The inputs each kind of planned file is made from, by `InputName`: what `SitePlan` gives as `dependencies`.
///
/// A file names every input whose change, creation or deletion can change it — also inputs that do not exist
/// yet (an indicator's long text in a language it lacks, a data file an indicator has none of, a content
/// override of a template) — and nothing it does not read. Each function says what its page reads; keep them
/// in step with the page builders: `DependencyTests` changes every input and checks the graph.
struct PlanInputs: Sendable {
    let context: SiteContext

    static let settings = "site.yml"
    static let regions = "regions.csv"
    static let topics = "topics.csv"
    static let indicators = "indicators.csv"
    static let sources = "sources.csv"
    static let labels = "labels.csv"
    /// Every data file: pages that show every indicator's figures (a home page reads every headline series).
    static let allData = "data/"
    /// Every document: lists of documents and pages that mention or cite any of them.
    static let allDocuments = "documents/"
    /// Every page of `pages/`: the navigation of every HTML page lists them.
    static let allPages = "pages/"

    var site: Site { context.site }

    static func data(_ id: IndicatorID) -> String { "data/\(id).csv" }

    /// The interface strings of every site language: a page's language switcher names each language in its own
    /// words, so a page reads the other languages' strings too.
    var allStrings: [String] { context.languages.map(InputName.strings) }

    /// What every HTML page reads: settings, the navigation's pages, the interface strings, its template.
    func page(_ template: String) -> [String] {
        [Self.settings, Self.allPages] + allStrings + context.theme.templateInputs(template)
    }

    /// `folder/<slug>.<lang>.md` in every site language, present or not: a translation added later shows on
    /// every language's page.
    func markdown(_ folder: String, _ slug: String) -> [String] {
        context.languages.map { "\(folder)/\(slug).\($0).md" }
    }

    /// What the `chart` blocks of Markdown texts read: the charted data, names, and the chart template.
    func charts(_ texts: [MarkdownText]) -> [String] {
        let specs = texts.flatMap(\.charts)
        guard !specs.isEmpty else { return [] }
        return [Self.indicators, Self.regions] + Set(specs.map { Self.data($0.indicator) }).sorted()
            + context.theme.templateInputs("document-chart")
    }

    func home() -> [String] {
        page("home") + [Self.indicators, Self.topics, Self.regions, Self.labels, Self.allData, Self.allDocuments]
    }

    func indicatorIndex() -> [String] {
        page("indicator-index") + [Self.indicators, Self.topics, Self.regions, Self.allData]
    }

    /// What the index's rows of the topic read: the data of the topic's indicators; which those are is
    /// `indicators.csv`'s, the topic's name `topics.csv`'s, the home region's name `regions.csv`'s.
    func topic(_ indicators: [Indicator]) -> [String] {
        page("topic") + [Self.indicators, Self.topics, Self.regions] + indicators.map { Self.data($0.id) }
    }

    /// Its data (with the labels of its breakdowns), its long texts, the sources it cites, and every document (any
    /// may name it or state its figures; the newest dates its citation).
    func indicator(_ indicator: Indicator) -> [String] {
        page("indicator") + [Self.indicators, Self.topics, Self.regions, Self.sources, Self.labels, Self.data(indicator.id)]
            + markdown("indicators", indicator.id.rawValue) + [Self.allDocuments]
            + charts(Array(indicator.longText.values))
    }

    /// Of its data file, the list of periods and every region's row of the period; with a target also the rows
    /// of earlier periods, of which each region's status then is made; and every document, whose newest dates the
    /// citation.
    func comparison(_ indicator: Indicator, _ period: Period, headlinePeriods: [Period]) -> [String] {
        let read = indicator.target == nil ? [period] : headlinePeriods.filter { $0 <= period }
        return page("comparison") + [Self.indicators, Self.regions, Self.allDocuments, InputName.headlinePeriod(indicator.id, nil)]
            + read.map { InputName.headlinePeriod(indicator.id, $0) }
    }

    /// The headline series of the region and of each of its subdivisions; which regions those are, and which of
    /// them have pages one level down, is `regions.csv`'s.
    func subdivisions(_ indicator: Indicator, _ parent: RegionCode) -> [String] {
        let shown = [parent] + (context.hierarchy.children[parent] ?? [])
        return page("subdivisions") + [Self.indicators, Self.regions]
            + shown.map { InputName.headlineSeries(indicator.id, $0) }
    }

    /// The headline series of the region and of the subdivisions of the part; which those are, and how many parts
    /// there are, is `regions.csv`'s.
    func subdivisionPart(_ indicator: Indicator, _ parent: RegionCode, _ regions: [RegionCode]) -> [String] {
        page("subdivision-part") + [Self.indicators, Self.regions]
            + ([parent] + regions).map { InputName.headlineSeries(indicator.id, $0) }
    }

    /// The standalone SVG: one language's chart words, no template.
    func chart(_ indicator: Indicator, _ language: LanguageCode) -> [String] {
        [Self.settings, InputName.strings(language), Self.indicators, Self.regions, Self.data(indicator.id)]
    }

    /// The chart of the indicator page, and the titles of the sources it cites.
    func embed(_ indicator: Indicator) -> [String] {
        page("embed") + [Self.indicators, Self.regions, Self.sources, Self.data(indicator.id)]
    }

    /// Names from `site.yml` and `indicators.csv`, dated by the newest document.
    func citation(_ indicator: Indicator) -> [String] { [Self.settings, Self.indicators, Self.allDocuments] }

    func regionIndex() -> [String] { page("region-index") + [Self.regions, Self.indicators, Self.labels, Self.allData] }

    /// Of each data file, the region's own headline series and the home region's (`HeadlineChanges` lists what
    /// of a series the profile reads).
    func region(_ region: Region) -> [String] {
        let series = site.indicators.flatMap { indicator in
            [region.code, context.homeRegion].map { InputName.headlineSeries(indicator.id, $0) }
        }
        return page("region") + [Self.regions, Self.indicators, Self.labels] + series
    }

    func documentIndex() -> [String] { page("document-index") + [Self.labels, Self.allDocuments] }

    /// Its versions, and the indicators whose rows cite it: where a source ties to the document, any data file
    /// may start citing that source.
    func document(_ document: Document) -> [String] {
        let cited = site.sources.contains { $0.document == document.slug }
        return page("document") + markdown("documents", document.slug.rawValue)
            + [Self.labels, Self.indicators, Self.sources] + (cited ? [Self.allData] : [])
            + charts(document.versions.values.map(\.body))
    }

    /// `pages/` is read by every page already, for the navigation.
    func contentPage(_ page: Page) -> [String] {
        self.page("page") + charts(page.versions.values.map(\.body))
    }

    /// Every indicator's long text, present or yet to be written: the search index reads them all.
    static let allIndicatorTexts = "indicators/"

    /// The A–Z of indicators, regions and documents, and the index's shard count (from the text indexed).
    func search() -> [String] {
        page("search") + searchIndex()
    }

    /// A file of a search index: names, topics, region names and codes, documents, pages and long texts; the
    /// shard count and the entry numbering depend on all of them.
    func searchIndex() -> [String] {
        [Self.settings, Self.indicators, Self.topics, Self.regions, Self.allDocuments, Self.allPages,
         Self.allIndicatorTexts]
    }

    func dataPage() -> [String] { page("data") + [Self.indicators, Self.allData] }

    func notFound() -> [String] { page("not-found") }

    /// Gaps can be anywhere in the content, so the page depends on every content file.
    func translationStatus() -> [String] {
        page("translation-status") + [
            Self.regions, Self.topics, Self.indicators, Self.sources, Self.labels, Self.allData, Self.allDocuments,
            "indicators/",
        ]
    }

    func feed() -> [String] { [Self.settings, Self.allDocuments] }

    func root() -> [String] { [Self.settings] + allStrings + context.theme.templateInputs("root") }

    /// The sitemap lists every page: whatever adds or removes one.
    func sitemap() -> [String] {
        [Self.settings, Self.indicators, Self.topics, Self.regions, Self.allData, Self.allDocuments, Self.allPages]
    }

    func robots() -> [String] { [Self.settings] }

    func indicatorJSON(_ indicator: Indicator) -> [String] { [Self.settings, Self.indicators, Self.data(indicator.id)] }

    func observationTable(_ indicator: Indicator) -> [String] {
        [Self.settings, Self.indicators, Self.regions, Self.data(indicator.id)]
    }

    func allObservations() -> [String] { [Self.settings, Self.indicators, Self.regions, Self.allData] }

    func indicatorsTable() -> [String] { [Self.settings, Self.indicators, Self.allData] }

    func regionsTable() -> [String] { [Self.settings, Self.regions] }

    func sourcesTable() -> [String] { [Self.settings, Self.sources] }

    /// What a workbook's About sheets add to its table's inputs: every language's words (labels, column
    /// explanations, unit names); for an indicator's workbook also the sources it cites.
    func workbook(of indicator: Indicator? = nil) -> [String] {
        allStrings + (indicator == nil ? [] : [Self.sources])
    }

    /// The README of the downloads zip describes every table as the workbooks' About sheets do.
    func downloadsReadme() -> [String] { [Self.settings, Self.indicators, Self.sources, Self.allData] + allStrings }

    /// Column explanations in the default language's words, which name the other languages in them.
    func dataPackage() -> [String] { [Self.settings, Self.indicators, Self.allData] + allStrings }
}
