import Foundation
import Mustache
import SiteModel
import Testing
import TestSupport

@testable import SitePages

/// Interface strings written into each language's templates (`InterfaceStringInlining`) render every page exactly as
/// looking them up did.
@Suite struct InterfaceStringInliningTests {
    /// Templates that put `{{i18n.…}}` where swift-mustache's whitespace rules, escaping, comments, sections,
    /// partials, blocks and delimiters could tell a written-in text from the tag.
    static let templates: [String] = [
        "{{i18n.a}}",
        "x{{i18n.a}}y\n",
        "  {{i18n.a}}{{#flag}}\n  yes\n{{/flag}}\n",
        "{{#flag}}{{i18n.a}}\n{{/flag}}",
        "{{#flag}}\n{{i18n.a}}\n  {{/flag}}\n",
        "{{#flag}}\n{{i18n.a}}\n{{/flag}}\n{{i18n.missing}}{{#flag}}\n{{/flag}}\n",
        "{{{i18n.a}}} {{& i18n.a}} {{ i18n.a }} {{{ i18n.a }}}|{{&i18n.b.c}}",
        "{{\ni18n.a\n}}|{{ \ni18n.a\n}}|{{i18n..a}}|{{.i18n.a}}|{{i18n.a(f)}}|{{\r\n{{i18n.a}}",
        "{{! a comment {{i18n.a}} }}after {{i18n.a}}",
        "{{#i18n.a}}[{{.}}]{{/i18n.a}}{{^i18n.missing}}none{{/i18n.missing}}{{#i18n.b}}{{c}}{{i18n.a}}{{/i18n.b}}",
        "{{#list}}{{i18n.a}}|{{/list}}\n  {{#list}}\n  {{i18n.a}}\n  {{/list}}\n",
        "{{i18n.a}}{{i18n.a}}\n{{i18n.b.c}}{ {{i18n.a}}{\n\t{{i18n.a}}\n",
        "<ul>\n  {{>part}}\n</ul>\n  {{>part}}",
        "{{<parent}}\n  {{$content}}\n    {{i18n.a}}\n    line {{i18n.a}}\n  {{i18n.a}}\n  {{/content}}\n{{/parent}}\n",
        "{{<parent}}{{$content}}{{i18n.a}} {{i18n.a}}\n  {{i18n.a}}{{/content}}{{/parent}}",
        "{{=<% %>=}}<%i18n.a%>{{i18n.a}}",
    ]

    /// The partial and layout the templates above use, which have their strings written in too.
    static let partials = [
        "part": "{{i18n.a}}\n  {{i18n.a}} and\n{{i18n.a}}",
        "parent": "<main>\n  {{$content}}{{/content}}\n  {{i18n.a}}\n</main>\n",
    ]

    /// Texts for `i18n.a`: every hostile string, and texts that must not be written in (empty, only spaces, a line
    /// break, a `{`, a leading space or combining mark, a trailing prepended mark).
    static let values: [String] = HostileStrings.corpus + [
        "Home", " lead", "\tlead", " ", "\t", "\u{301}combining", "prepend\u{600}", "trail ", "{", "}}", "x}",
        "a\u{2028}b", "line\nbreak", "<>&\"'\tand", "é", "🇫🇷", "\u{1F1EB}",
    ]

    @Test(arguments: values.indices)
    func everyPlacementRendersAsTheLookup(index: Int) throws {
        let value = Self.values[index]
        let strings = UIStrings(language: "en", texts: ["a": value, "b.c": value + "!", "status.met": "met"])
        let (inlined, plain) = try Self.themes(strings: strings)
        for (number, _) in Self.templates.enumerated() {
            let context: [String: Any] = ["flag": true, "list": ["1", "2"]]
            let expected = try plain.render("t\(number)", language: "en", context)
            let rendered = try inlined.render("t\(number)", language: "en", context)
            #expect(rendered == expected, "template \(number) with \(value.debugDescription)")
        }
    }

    /// The test above is not empty: plain texts are written in, escaped as `{{…}}` escapes them.
    @Test func plainTextsAreWrittenInEscaped() throws {
        let escape = AlmanacHTML().escapeText
        let interface: Any = ["a": "<b> & \"q\" 'x'\ttab", "b": ["c": "Home"]] as [String: Any]
        #expect(
            InterfaceStringInlining.inlined("<p>{{i18n.a}}|{{{i18n.a}}}|{{ i18n.b.c }}</p>", interface: interface, escape: escape)
                == "<p>&lt;b&gt; &amp; &quot;q&quot; &#39;x&#39;&#9;tab|<b> & \"q\" 'x'\ttab|Home</p>")
        #expect(InterfaceStringInlining.inlined("{{#i18n.b}}{{c}}{{/i18n.b}}{{^i18n.a}}-{{/i18n.a}}", interface: interface, escape: escape) == nil)
        #expect(InterfaceStringInlining.inlined("{{=<% %>=}}{{i18n.b.c}}", interface: interface, escape: escape) == nil)
        #expect(InterfaceStringInlining.inlined("{{i18n.missing}}{{i18n.b}}", interface: interface, escape: escape) == nil)
    }

    /// A template that sets delimiters is used as loaded; a section on the strings still renders.
    @Test func setDelimitersAndSectionsKeepTheirTags() throws {
        let strings = UIStrings(language: "en", texts: ["a": "A", "b.c": "C"])
        let (inlined, _) = try Self.themes(strings: strings)
        let delimiters = try #require(Self.templates.firstIndex { $0.hasPrefix("{{=") })
        #expect(try inlined.render("t\(delimiters)", language: "en", [:]) == "A{{i18n.a}}")
        let library = inlined.templates(for: "en")
        #expect(library.getTemplate(named: "t\(delimiters)")?.description == Theme.templateText("{{=<% %>=}}<%i18n.a%>{{i18n.a}}"))
        let sections = try #require(Self.templates.firstIndex { $0.hasPrefix("{{#i18n.a}}") })
        #expect(try inlined.render("t\(sections)", language: "en", [:]) == "[A]noneCA")
        #expect(library.getTemplate(named: "part")?.description == Theme.templateText("A\n  A and\nA"))
    }

    /// A content type named in any template would change escaping in other templates' blocks: nothing is written in.
    @Test func aContentTypeLeavesEveryTemplateAsLoaded() throws {
        #expect(!InterfaceStringInlining.applies(to: ["{{i18n.a}}", "{{% CONTENT_TYPE: TEXT }}{{i18n.a}}"], keys: ["a"]))
        #expect(!InterfaceStringInlining.applies(to: ["{{i18n.a}}"], keys: ["a", "x.i18n.y"]), "a key a section could find first")
        #expect(InterfaceStringInlining.applies(to: ["{{i18n.a}}"], keys: ["a", "b.c"]))
    }

    /// Every page of a site in all eight shipped languages, with a site's own string holding every character
    /// escaping changes, is the same through the written-in templates as through the plain ones.
    @Test func everyPageInEveryShippedLanguageIsUnchanged() throws {
        let languages = ShippedLanguageTests.shipped
        let fixture = ContentFixture.threeLanguages()
            .with("site.yml", try #require(ContentFixture.threeLanguages().files["site.yml"])
                .replacingOccurrences(of: "languages: [zh, en, fr]", with: "languages: [zh, \(languages.filter { $0 != "zh" }.joined(separator: ", "))]"))
            .with("i18n/en.yml", "footer:\n  feed: \"Feed <b> & \\\"q\\\" 'x'\\ttab\"\n")
        let inlined = try RenderedSite.render(fixture)
        let plain = try RenderedSite.render(fixture, theme: { $0.withoutSources() })
        #expect(inlined.files.keys.sorted() == plain.files.keys.sorted())
        #expect(Set(languages).isSubset(of: Set(inlined.files.keys.map { String($0.prefix { $0 != "/" }) })))
        for (path, bytes) in plain.files.sorted(by: { $0.key < $1.key }) {
            let same = inlined.files[path] == bytes
            #expect(same, "\(path) differs")
        }
        #expect(inlined.page("en/index.html").contains("title=\"Feed &lt;b&gt; &amp; &quot;q&quot; &#39;x&#39;&#9;tab\""))
    }

    /// A template that does not parse is reported where the user's file has the mistake, whatever strings come before.
    @Test func aBrokenTemplateIsReportedAtItsOwnLineAndColumn() throws {
        try withTemporaryDirectory { folder in
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            try Data("<p>\n{{i18n.nav.home}} {{i18n.footer.feed}}{{/wrong}}\n".utf8)
                .write(to: templates.appendingPathComponent("page.mustache"))
            let error = #expect(throws: ThemeProblems.self) {
                try Theme.load(assets: PackagePaths.assets.path, overrides: folder.path, languages: ["en"])
            }
            let problem = try #require(error?.problems.first)
            #expect(problem.file.hasSuffix("templates/page.mustache"))
            #expect(problem.line == 2 && problem.column == 42, "\(problem)")
        }
    }

    /// Each template of `templates` and `partials` as a theme writing in `strings`, and as one that looks them up.
    private static func themes(strings: UIStrings) throws -> (inlined: Theme, plain: Theme) {
        var sources = partials
        for (number, text) in templates.enumerated() { sources["t\(number)"] = text }
        var library = MustacheLibrary()
        for (name, text) in sources { library.register(try Theme.template(text), named: name) }
        let inlined = Theme(templates: library, strings: ["en": strings], staticFiles: [:], templateSources: sources)
        return (inlined, inlined.withoutSources())
    }
}

extension Theme {
    /// This theme with templates that look every interface string up, as before they were written in.
    func withoutSources() -> Theme {
        Theme(
            templates: templates, strings: strings, staticFiles: staticFiles, inputFiles: inputFiles, warnings: warnings,
            templateReferences: templateReferences)
    }

    /// The text `template(_:)` parses for `text`.
    static func templateText(_ text: String) -> String { "{{% CONTENT_TYPE: \(AlmanacHTML.name) }}\n" + text }
}

/// The built-in theme has its strings written in, in every shipped language: the few left are sections on strings
/// and texts that start with a space at the start of a line.
@Suite struct ShippedThemeInliningTests {
    @Test(arguments: ShippedLanguageTests.shipped)
    func mostTagsAreWrittenIn(language: String) throws {
        let code = LanguageCode(language)
        let theme = try Theme.load(assets: PackagePaths.assets.path, overrides: nil, languages: [code])
        let library = theme.templates(for: code)
        var before = 0
        var after = 0
        for (name, text) in theme.templateSources {
            before += text.components(separatedBy: "{{i18n.").count - 1
            after += (library.getTemplate(named: name)?.description ?? "").components(separatedBy: "{{i18n.").count - 1
        }
        #expect(before > 100)
        #expect(after * 10 < before, "\(language): \(after) of \(before) plain tags left")
        let layout = try #require(library.getTemplate(named: "layout")?.description)
        #expect(!layout.contains("{{i18n.a11y.skip}}"))
    }
}
