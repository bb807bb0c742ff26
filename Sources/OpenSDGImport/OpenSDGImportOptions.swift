import Foundation

/// What `almanac import opensdg` was asked to do.
public struct OpenSDGImportOptions: Sendable {
    /// The Open SDG data repository (the folder holding `data/`, `meta/`, `translations/`).
    public var source: URL
    /// The content folder to write; it must not exist yet, or be empty.
    public var output: URL
    /// The site's languages, the first the default; nil takes `languages` of `config_data.yml`.
    public var languages: [String]?
    /// Further `translations/` folders (`<lang>/<group>.yml`), such as a checkout of open-sdg/sdg-translations,
    /// read before the repository's own, which overrides them.
    public var translationFolders: [URL]
    /// Write the default language's text where a language lacks one (reported either way); otherwise the cell is
    /// left empty for the build's fallback to the default language.
    public var fillMissing: Bool
    /// The code and name (in the default language, translated where the repository can) of the region of rows
    /// without a `GeoCode`: the country or area the repository reports on.
    public var homeCode: String
    public var homeName: String
    /// The site's title in the default language (translated where the repository can); nil takes Open SDG's
    /// `general.site_title`.
    public var title: String?

    public init(
        source: URL, output: URL, languages: [String]? = nil, translationFolders: [URL] = [], fillMissing: Bool = false,
        homeCode: String = "national", homeName: String = "National", title: String? = nil
    ) {
        self.title = title
        self.source = source
        self.output = output
        self.languages = languages
        self.translationFolders = translationFolders
        self.fillMissing = fillMissing
        self.homeCode = homeCode
        self.homeName = homeName
    }
}

/// Why an import did not start or could not write its result.
public enum OpenSDGImportError: Error, Sendable, CustomStringConvertible {
    case sourceNotFound(String)
    case notOpenSDG(String)
    case outputNotEmpty(String)
    case badLanguage(String)
    case writeFailed(String, String)

    public var description: String {
        switch self {
        case .sourceNotFound(let path): "\(path): error: folder not found"
        case .notOpenSDG(let path):
            "\(path): error: not an Open SDG data repository (no data/indicator_*.csv and no meta/ or indicator-config/ files)"
        case .outputNotEmpty(let path):
            "\(path): error: the output folder exists and is not empty; the import writes a new content folder"
        case .badLanguage(let code): "error: bad language code \"\(code)\": use letters such as en or fr"
        case .writeFailed(let path, let reason): "\(path): error: cannot write: \(reason)"
        }
    }
}
