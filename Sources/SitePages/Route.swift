import SiteModel

/// Every address the site has, so links are computed, never spelled by hand in templates.
///
/// Paths are relative to the site root and end in `.html` files (not folders) so the site works from any
/// folder on any host, and from `file://`.
public enum Route: Hashable, Sendable {
    case root
    case rootNotFound
    case home(LanguageCode)
    case indicatorIndex(LanguageCode)
    case indicator(LanguageCode, IndicatorID)
    /// The indicators of one topic, as the index lists them, where a site has more indicators than the index
    /// lists row by row (`PageLimits.indicatorsPerIndex`).
    case topic(LanguageCode, TopicID)
    case indicatorChart(LanguageCode, IndicatorID)
    /// An indicator's figures for one region and its direct subdivisions (`RegionHierarchy`).
    case subdivisions(LanguageCode, IndicatorID, RegionCode)
    /// One numbered part (from 1) of the every-value table of a region with more direct subdivisions than one page
    /// holds (`PageLimits`); the `subdivisions` page is then their overview.
    case subdivisionPart(LanguageCode, IndicatorID, RegionCode, part: Int)
    /// An indicator's chart alone, with title, source line and a link back, for other sites to show in an iframe.
    case indicatorEmbed(LanguageCode, IndicatorID)
    /// How to cite an indicator, as a reference manager reads it (`bib`: BibTeX, `json`: CSL-JSON).
    case indicatorCitation(LanguageCode, IndicatorID, CitationFormat)
    /// A regional comparison; `nil` period is the latest year, at the folder's `index.html`.
    case comparison(LanguageCode, IndicatorID, period: String?)
    case regionIndex(LanguageCode)
    case region(LanguageCode, RegionCode)
    case documentIndex(LanguageCode)
    case document(LanguageCode, DocumentSlug)
    case page(LanguageCode, PageSlug)
    case dataPage(LanguageCode)
    /// The search page: an A–Z without JavaScript, results from the index with it.
    case search(LanguageCode)
    /// A file of a language's search index (`SearchLayout`), under `<lang>/search/`.
    case searchFile(LanguageCode, String)
    case notFound(LanguageCode)
    /// Texts shown in the default language, for editors; not in the navigation or the sitemap.
    case translationStatus(LanguageCode)
    case feed(LanguageCode)
    case stylesheet
    /// The chart classes' colours (`ChartStylesheet`), written by the build once for every chart of every page.
    case chartStylesheet
    /// The search page's script, the only script of the site.
    case searchScript
    case download(String)
    case sitemap
    case robots

    public var path: String {
        switch self {
        case .root: "index.html"
        case .rootNotFound: "404.html"
        case .home(let lang): "\(lang)/index.html"
        case .indicatorIndex(let lang): "\(lang)/indicators/index.html"
        case .indicator(let lang, let id): "\(lang)/indicators/\(id).html"
        case .topic(let lang, let id): "\(lang)/topics/\(id).html"
        case .indicatorChart(let lang, let id): "\(lang)/indicators/\(id).svg"
        case .subdivisions(let lang, let id, let region): "\(lang)/indicators/\(id)/\(region).html"
        case .subdivisionPart(let lang, let id, let region, let part): "\(lang)/indicators/\(id)/\(region)/\(part).html"
        case .indicatorEmbed(let lang, let id): "\(lang)/embed/\(id).html"
        case .indicatorCitation(let lang, let id, let format): "\(lang)/cite/\(id).\(format.fileExtension)"
        case .comparison(let lang, let id, let period):
            "\(lang)/compare/\(id)/\(period.map(Route.fileName(ofPeriod:)) ?? "index").html"
        case .regionIndex(let lang): "\(lang)/regions/index.html"
        case .region(let lang, let code): "\(lang)/regions/\(code).html"
        case .documentIndex(let lang): "\(lang)/documents/index.html"
        case .document(let lang, let slug): "\(lang)/documents/\(slug).html"
        case .page(let lang, let slug): "\(lang)/pages/\(slug).html"
        case .dataPage(let lang): "\(lang)/data.html"
        case .search(let lang): "\(lang)/search.html"
        case .searchFile(let lang, let file): "\(lang)/search/\(file)"
        case .notFound(let lang): "\(lang)/404.html"
        case .translationStatus(let lang): "\(lang)/translation-status.html"
        case .feed(let lang): "\(lang)/feed.xml"
        case .stylesheet: "assets/almanac.css"
        case .chartStylesheet: "assets/almanac-charts.css"
        case .searchScript: "assets/search.js"
        case .download(let file): "data/\(file)"
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        }
    }

    /// A period as a file name: `2020/2021` has a slash, which cannot be part of one.
    static func fileName(ofPeriod period: String) -> String {
        period.replacingOccurrences(of: "/", with: "_")
    }

    /// The same page in another language, where the route is language-specific.
    public func inLanguage(_ language: LanguageCode) -> Route {
        switch self {
        case .home: .home(language)
        case .indicatorIndex: .indicatorIndex(language)
        case .indicator(_, let id): .indicator(language, id)
        case .topic(_, let id): .topic(language, id)
        case .indicatorChart(_, let id): .indicatorChart(language, id)
        case .subdivisions(_, let id, let region): .subdivisions(language, id, region)
        case .subdivisionPart(_, let id, let region, let part): .subdivisionPart(language, id, region, part: part)
        case .indicatorEmbed(_, let id): .indicatorEmbed(language, id)
        case .indicatorCitation(_, let id, let format): .indicatorCitation(language, id, format)
        case .comparison(_, let id, let period): .comparison(language, id, period: period)
        case .regionIndex: .regionIndex(language)
        case .region(_, let code): .region(language, code)
        case .documentIndex: .documentIndex(language)
        case .document(_, let slug): .document(language, slug)
        case .page(_, let slug): .page(language, slug)
        case .dataPage: .dataPage(language)
        case .search: .search(language)
        case .searchFile(_, let file): .searchFile(language, file)
        case .notFound: .notFound(language)
        case .translationStatus: .translationStatus(language)
        case .feed: .feed(language)
        case .root, .rootNotFound, .stylesheet, .chartStylesheet, .searchScript, .download, .sitemap, .robots: self
        }
    }

    /// The link from the page at `self` to `target`, relative so the site can move.
    public func link(to target: Route, fragment: String? = nil) -> String {
        Route.relativePath(from: path, to: target.path) + (fragment.map { "#\($0)" } ?? "")
    }

    /// A relative path from one site file to another (`zh/indicators/a.html` → `../regions/b.html`).
    public static func relativePath(from source: String, to target: String) -> String {
        let sourceFolders = source.split(separator: "/").dropLast()
        let targetParts = target.split(separator: "/")
        var shared = 0
        while shared < sourceFolders.count, shared < targetParts.count - 1,
            sourceFolders[sourceFolders.startIndex + shared] == targetParts[shared]
        {
            shared += 1
        }
        let ups = Array(repeating: "..", count: sourceFolders.count - shared)
        return (ups + targetParts[shared...].map(String.init)).joined(separator: "/")
    }
}
