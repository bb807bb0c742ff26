import Foundation
import Mustache
import SiteModel

extension Theme {
    /// Loads the theme in `assets` for `languages`, letting files in `overrides` replace theme files.
    ///
    /// - Parameters:
    ///   - assets: the theme folder (`templates/`, `i18n/`, `static/`), as the user named it.
    ///   - overrides: the content folder, whose `templates/`, `i18n/` and `static/` win over the theme's.
    /// - Throws: every problem at once, as `[ThemeProblem]`, so a broken theme is mended in one go.
    public static func load(
        assets: String, overrides: String?, languages: [LanguageCode], translations: TranslationPolicy = .fallback
    ) throws(ThemeProblems) -> Theme {
        // One line for a wrong --assets, rather than one per template and language the folder would have held.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: assets, isDirectory: &isFolder), isFolder.boolValue else {
            throw ThemeProblems([ThemeProblem(file: assets, message: "assets folder not found")])
        }
        var problems: [ThemeProblem] = []
        var inputs: [String] = []
        let folders = [assets] + (overrides.map { [$0] } ?? [])

        var library = MustacheLibrary()
        var unparsed: Set<String> = []
        var references: [String: [String]] = [:]
        var sources: [String: String] = [:]
        for (name, file) in files(in: "templates", of: folders, withExtension: "mustache", problems: &problems) {
            inputs.append(file)
            do {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                references[name] = templateReferences(in: text)
                library.register(try Theme.template(text), named: name)
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                unparsed.insert(name)
                problems.append(
                    ThemeProblem(
                        file: file, line: error.context.lineNumber - templatePreambleLines, column: error.context.columnNumber,
                        message: "template does not parse: \(error.error)"))
            } catch {
                unparsed.insert(name)
                problems.append(ThemeProblem(file: file, message: "cannot read template: \(error)"))
            }
        }

        for name in requiredTemplates where library.getTemplate(named: name) == nil && !unparsed.contains(name) {
            problems.append(
                ThemeProblem(file: "\(assets)/templates/\(name).mustache", message: "template missing; every theme needs it"))
        }

        let interface = UIStrings.load(
            languages: languages, folders: folders, assets: assets, translations: translations)
        inputs += interface.inputs
        problems += interface.errors

        var staticFiles: [String: [UInt8]] = [:]
        for (name, file) in files(in: "static", of: folders, withExtension: nil, problems: &problems) {
            inputs.append(file)
            if let data = FileManager.default.contents(atPath: file) { staticFiles["assets/\(name)"] = Array(data) }
        }

        guard problems.isEmpty else { throw ThemeProblems(problems, warnings: interface.warnings) }
        return Theme(
            templates: library, strings: interface.strings, staticFiles: staticFiles, inputFiles: inputs.sorted(),
            warnings: interface.warnings, templateReferences: references, templateSources: sources)
    }

    /// The templates the page stage renders by name.
    public static let requiredTemplates = [
        "layout", "root", "home", "indicator-index", "indicator", "comparison", "subdivisions", "subdivision-part",
        "region-index",
        "region", "document-index", "document", "document-chart", "page", "data", "not-found", "translation-status",
        "partials/chart-figure", "partials/status", "partials/sources", "partials/table-notes", "embed",
        "partials/cite", "partials/social", "search", "partials/pager", "topic", "partials/indicator-table",
    ]

    /// Files below `folder/sub` of each folder, later folders replacing earlier ones by relative name; a file whose
    /// symbolic link leads outside its folder is a problem instead.
    private static func files(
        in sub: String, of folders: [String], withExtension ext: String?, problems: inout [ThemeProblem]
    ) -> [(name: String, file: String)] {
        var found: [String: String] = [:]
        for folder in folders {
            let root = "\(folder)/\(sub)"
            if let problem = linkOutside(root, in: folder, of: folders) {
                problems.append(problem)
                continue
            }
            // The enumerator does not descend into linked folders; one that leads outside is still reported.
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            for case let relative as String in enumerator {
                var isDirectory: ObjCBool = false
                let file = "\(root)/\(relative)"
                guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { continue }
                if let problem = linkOutside(file, in: folder, of: folders) {
                    problems.append(problem)
                    continue
                }
                guard !isDirectory.boolValue else { continue }
                if let ext {
                    guard relative.hasSuffix(".\(ext)") else { continue }
                    found[String(relative.dropLast(ext.count + 1))] = file
                } else if !relative.hasPrefix(".") {
                    found[relative] = file
                }
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// `file` as a problem when a symbolic link makes it lie outside `folder` (the assets folder, first in
    /// `folders`, or the content folder), whose files alone a theme may read.
    static func linkOutside(_ file: String, in folder: String, of folders: [String]) -> ThemeProblem? {
        guard let target = ContainedPath(root: folder).outsideTarget(of: file) else { return nil }
        let role = folder == folders.first ? "assets" : "content"
        return ThemeProblem(file: file, message: "symbolic link points outside the \(role) folder: \(target)")
    }
}

/// Every problem found while loading a theme.
public struct ThemeProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [ThemeProblem]
    /// Warnings found on the way (interface strings), reported with the errors.
    public var warnings: [Diagnostic]
    public init(_ problems: [ThemeProblem], warnings: [Diagnostic] = []) {
        self.problems = problems
        self.warnings = warnings
    }
    public var description: String {
        (problems.map(\.description) + warnings.map(\.description)).joined(separator: "\n")
    }
}
