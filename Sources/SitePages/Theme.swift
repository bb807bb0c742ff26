import Mustache
import SiteModel

/// Templates, interface strings and static files that give a site its look, loaded from `assets/` and
/// overridden file by file from the content folder's `templates/`, `i18n/` and `static/` (as Hugo and Toucan do).
public struct Theme: Sendable {
    public let templates: MustacheLibrary
    public let strings: [LanguageCode: UIStrings]
    /// Files copied as they are: site path → bytes (the stylesheet, images).
    public let staticFiles: [String: [UInt8]]
    /// Every theme file read, as the user would find it (`assets/i18n/en.yml`).
    public let inputFiles: [String]
    /// Problems that do not stop a build (an interface-string key the default language lacks), located in their file.
    public let warnings: [Diagnostic]
    /// The templates each template names as partials or as its layout, for `templateInputs(_:)`.
    public let templateReferences: [String: [String]]
    /// Each template's text as written (without the line `Theme.template` puts first), by name, for
    /// `templates(for:)`; a template missing here renders as parsed in `templates`.
    public let templateSources: [String: String]
    /// `templates(for:)` of each language asked for so far.
    let languageTemplates = LanguageTemplates()

    public init(
        templates: MustacheLibrary, strings: [LanguageCode: UIStrings], staticFiles: [String: [UInt8]],
        inputFiles: [String] = [], warnings: [Diagnostic] = [], templateReferences: [String: [String]] = [:],
        templateSources: [String: String] = [:]
    ) {
        self.templates = templates
        self.strings = strings
        self.staticFiles = staticFiles
        self.inputFiles = inputFiles
        self.warnings = warnings
        self.templateReferences = templateReferences
        self.templateSources = templateSources
    }

    public func strings(for language: LanguageCode) -> UIStrings {
        strings[language] ?? UIStrings(language: language, texts: [:])
    }

    /// Renders a template by name in `language`, whose interface strings it sees as `{{i18n.…}}`; a missing
    /// template is a theme problem, never an empty page.
    func render(_ name: String, language: LanguageCode, _ context: [String: Any]) throws(ThemeProblem) -> String {
        var context = context
        context["i18n"] = strings(for: language).templateTree
        let library = templates(for: language)
        guard let text = library.render(TemplateValue.make(context) ?? [:], withTemplate: name) else {
            throw ThemeProblem(file: "templates/\(name).mustache", message: "template not found")
        }
        return text
    }
}

/// A problem with the theme: a template that does not parse, a missing template or interface string.
public struct ThemeProblem: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(place): error: \(message)"
    }
}
