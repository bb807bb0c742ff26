import SiteModel

/// How a plan's `dependencies` name the files a site is made from, so that a watcher can say which ones changed.
///
/// Content files are named by their path in the content folder (`data/<id>.csv`, `documents/<slug>.<lang>.md`,
/// `site.yml`). Theme files are named `theme:` and their path in the theme (`theme:templates/page.mustache`,
/// `theme:i18n/en.yml`, `theme:static/almanac.css`), whether they come from the assets folder or from the content
/// folder's override of the same path: creating an override changes what a change of the theme file would.
/// A name ending in `/` names a folder: every file in it, present or yet to be created (`documents/`: a new
/// document changes every list of documents).
public enum InputName {
    public static let themePrefix = "theme:"
    /// The folders of a theme, which the content folder may hold to override theme files.
    public static let themeFolders: Set<String> = ["templates", "i18n", "static"]

    public static func template(_ name: String) -> String { "\(themePrefix)templates/\(name).mustache" }
    public static func strings(_ language: LanguageCode) -> String { "\(themePrefix)i18n/\(language).yml" }
    public static func staticFile(_ name: String) -> String { "\(themePrefix)static/\(name)" }

    /// The name of a file of the content folder, given by its path relative to that folder.
    public static func contentFile(_ path: String) -> String {
        guard let slash = path.firstIndex(of: "/"), themeFolders.contains(String(path[..<slash])) else { return path }
        return themePrefix + path
    }

    /// The name of a file of the assets folder, given by its path relative to that folder.
    public static func assetsFile(_ path: String) -> String { themePrefix + path }

    /// One region's headline series in a data file, `data/<id>.csv#region=<code>`: what a region profile reads
    /// of it. A change of the data file names it; a rebuild that compares the rows before and after the change
    /// narrows that to the parts that changed (`HeadlineChanges`).
    public static func headlineSeries(_ indicator: IndicatorID, _ region: RegionCode) -> String {
        "data/\(indicator).csv#\(HeadlineChanges.regionPart(region))"
    }

    /// Every region's headline row of one period, `data/<id>.csv#period=<period>`, or with `nil` the list of
    /// periods that have a value, `data/<id>.csv#periods`: what a comparison page reads.
    public static func headlinePeriod(_ indicator: IndicatorID, _ period: Period?) -> String {
        "data/\(indicator).csv#\(period.map(HeadlineChanges.periodPart) ?? HeadlineChanges.periodsPart)"
    }

    /// The file a name is part of and the part (`data/a.csv#620000` → `data/a.csv`, `620000`), or the name and nil.
    public static func split(_ name: String) -> (file: Substring, part: Substring?) {
        guard let hash = name.firstIndex(of: "#") else { return (name[...], nil) }
        return (name[..<hash], name[name.index(after: hash)...])
    }

    /// Whether `dependency` names `input`: the same name, a folder holding it (or a file in the folder `input`
    /// names, such as a folder a watcher saw deleted), or the same file where either names only a part of it
    /// (the part of a file changes with the file).
    ///
    /// Compared byte by byte (names are paths, `/` and `#` are ASCII): a rebuild asks this for every dependency of
    /// every file of the site.
    public static func dependency(_ dependency: String, names input: String) -> Bool {
        if dependency == input { return true }
        let (dependency, input) = (dependency.utf8, input.utf8)
        if dependency.last == slash { return input.starts(with: dependency) }
        if input.last == slash { return dependency.starts(with: input) }
        let dependencyFile = dependency.prefix { $0 != hash }
        let inputFile = input.prefix { $0 != hash }
        return dependencyFile.elementsEqual(inputFile)
            && (dependencyFile.count == dependency.count || inputFile.count == input.count)
    }

    private static let slash = UInt8(ascii: "/")
    private static let hash = UInt8(ascii: "#")
}
