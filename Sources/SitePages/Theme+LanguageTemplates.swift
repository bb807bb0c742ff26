import Foundation
import Mustache
import SiteModel

extension Theme {
    /// The templates as one language's pages render them: its interface strings written in where the templates
    /// name them (`InterfaceStringInlining`), made on the language's first page and kept.
    func templates(for language: LanguageCode) -> MustacheLibrary {
        languageTemplates.library(for: language) { templates(writingIn: strings(for: language)) }
    }

    /// `templates` with `strings` written into each template that names them; a template left as it is (or whose
    /// new text would not parse, which `InterfaceStringInlining.fits` rules out) stays as loaded. Parse errors are
    /// reported from the text as written, by `load`, so their lines and columns are the user's.
    func templates(writingIn strings: UIStrings) -> MustacheLibrary {
        guard InterfaceStringInlining.applies(to: templateSources.values, keys: strings.texts.keys) else { return templates }
        var library = templates
        let interface = strings.templateTree.value
        for (name, text) in templateSources {
            guard let inlined = InterfaceStringInlining.inlined(text, interface: interface, escape: AlmanacHTML().escapeText),
                let template = try? Theme.template(inlined)
            else { continue }
            library.register(template, named: name)
        }
        return library
    }
}

/// Each language's templates, made once: pages of one language render on several threads at once, and the first
/// to ask makes them while the others wait.
final class LanguageTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var libraries: [LanguageCode: MustacheLibrary] = [:]

    func library(for language: LanguageCode, make: () -> MustacheLibrary) -> MustacheLibrary {
        lock.withLock {
            if let library = libraries[language] { return library }
            let library = make()
            libraries[language] = library
            return library
        }
    }
}
