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

    /// Whether `dependency` names `input`: the same name, or a folder holding it.
    public static func dependency(_ dependency: String, names input: String) -> Bool {
        dependency == input || (dependency.hasSuffix("/") && input.hasPrefix(dependency))
    }
}
