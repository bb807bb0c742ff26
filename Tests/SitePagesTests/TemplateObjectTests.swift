import Foundation
import Mustache
@testable import SitePages
import Testing
import TestSupport

/// Views that answer the templates' lookups themselves (`TemplateObject`) must answer what reflecting on them gave
/// the templates before: every stored field under its name, nil fields absent (so the lookup goes on outwards),
/// nothing else.
@Suite struct TemplateObjectTests {
    private static let link = LinkView(label: "Home", href: "index.html", current: true, lang: "en")
    private static let table = TableView(
        caption: "c", corner: "Region", headers: ["2020"],
        rows: [.init(header: "Gansu", headerHref: "g.html", role: "home", cells: [.init(text: "1.5")])])
    private static let figure = ChartFigureView(
        id: "c1", title: "t", subtitle: "s", svg: "<svg/>", svgNarrow: "<svg n/>", table: table, notes: ["n"],
        downloadHref: "c1.svg")
    private static let status = StatusView(key: "met", text: "Met", icon: "✓")
    private static let footnote = FootnoteView(number: 1, id: "n1", text: "Note", lang: "fr")
    private static let flag = FlagView(code: "E", text: "Estimated")
    private static let cite = CitationView(text: "Cite", downloads: [link])
    private static let layout = LayoutView(
        lang: "en", dir: "ltr", noindex: true, title: "t", titleLang: "fr", documentTitle: "d", description: "e",
        siteTitle: "s", homeHref: "index.html", stylesheet: "a.css", chartStylesheet: "c.css",
        canonical: "https://x/", alternates: [link], switcher: [link], nav: [link], breadcrumbs: [link],
        feedHref: "feed.xml", publisher: "p", license: "l", licenseHref: "https://l/", dataHref: "data.html",
        searchHref: "search.html")
    private static let row = RegionPageView.Row(
        name: "x", href: "x.html", value: "15.07", period: "2020", flag: "E", homeValue: "14", homePeriod: "2019",
        target: "≥ 98", status: status)

    /// Every view that is a `TemplateObject`, each optional field given, so a field left out shows.
    private static let views: [any TemplateObject] = [
        layout, link, figure, status, footnote, flag, cite,
        StatusCount(status: status, count: 3),
        SourceView(
            title: "t", publisher: "p", date: "2021", url: "https://s/", documentHref: "d.html", passages: [link]),
        EmbedCodeView(code: "<iframe>", href: "e.html"),
        SubdivisionPageView(
            name: "n", region: "r", unit: "%", target: "≥ 98", indicatorHref: "i.html", regionHref: "r.html",
            latestPeriod: "2020", chart: figure, bars: figure, map: figure, hasValues: true, table: table,
            footnotes: [footnote], flags: [flag], deeper: [link], parts: [link], partsIntro: "Parts"),
        SubdivisionPartView(
            name: "n", region: "r", unit: "%", target: "≥ 98", range: "A–B", overviewHref: "o.html",
            indicatorHref: "i.html", regionHref: "r.html", pager: PagerView(previous: "p.html", next: "n.html", parts: [link]),
            table: table, footnotes: [footnote], flags: [flag], deeper: [link]),
        PagerView(previous: "p.html", next: "n.html", parts: [link]),
        ComparisonPageView(
            name: "n", unit: "%", period: "2020", indicatorHref: "i.html", periods: [link], chart: figure, map: figure,
            target: "≥ 98", rowsHTML: "<tr></tr>", caption: "c", cite: cite),
        RegionPageView(
            name: "n", nameLang: "zh", code: "620000", level: "province", parent: link, children: [link],
            subdivisions: [link], isHome: true, homeRegion: "h", rows: [row], rowsHTML: "<tr></tr>",
            summary: [StatusCount(status: status, count: 1)], met: 1, withTarget: 2, missing: 3),
        row,
        IndicatorPageView(
            name: "n", nameLang: "zh", unit: "%", topics: ["a"], target: "≥ 98", status: status, homeRegion: "h",
            latest: "1", latestPeriod: "2020", hasData: true, reporting: "r", chart: figure, table: table,
            footnotes: [footnote], flags: [flag], longText: "<p>x</p>", longTextLang: "zh",
            sources: [
                SourceView(
                    title: "t", publisher: nil, date: "2021", url: nil, documentHref: "d.html", passages: [link])
            ],
            downloads: [link], compareHref: "c.html", subdivisions: [link], documents: [link],
            breakdowns: [BreakdownView(id: "b", heading: "h", table: table, footnotes: [], chart: figure)], cite: cite,
            embed: EmbedCodeView(code: "<iframe>", href: "e.html")),
        BreakdownView(id: "b", heading: "h", table: table, footnotes: [footnote], chart: figure),
    ]

    @Test(arguments: 0..<views.count)
    func answersEveryReflectedFieldAndNothingElse(index: Int) {
        let view = Self.views[index]
        let fields = Mirror(reflecting: view).children.compactMap { child in child.label.map { ($0, child.value) } }
        #expect(!fields.isEmpty)
        for (label, value) in fields {
            let expected = Self.unwrapped(value)
            #expect(expected != nil, "\(type(of: view)).\(label): give the sample a value, so a missing case shows")
            let answer = view.child(named: label)
            #expect(answer.map { "\($0)" } == expected.map { "\($0)" }, "\(type(of: view)).\(label)")
        }
        #expect(view.child(named: "noSuchField") == nil)
        #expect(view.child(named: "html") == nil, "only tables answer `html`")
    }

    /// A table answers only its written HTML: its rows never go through the templates' lookups.
    @Test func aTableAnswersOnlyItsHTML() {
        #expect(Self.table.child(named: "html") as? String == Self.table.html)
        #expect(Self.table.child(named: "caption") == nil)
        #expect(Self.table.child(named: "rows") == nil)
    }

    /// A nil field is absent, as it was: a lookup inside a link without `lang` finds the layout's.
    @Test func aNilFieldLetsTheLookupGoOnOutwards() throws {
        var layout = Self.layout
        layout.nav = [LinkView(label: "Data", href: "data.html")]
        let output = try Self.render("{{#layout}}{{#nav}}{{label}}:{{lang}}{{/nav}}{{/layout}}", layout: layout, page: Self.row)
        #expect(output == "Data:en")
    }

    /// Every field of every page view, and names looked up outwards from each of its sections (`layout`, `i18n`,
    /// a page field from inside a chart), render as they render through the view reflected into dictionaries — the
    /// way every view reached the templates before.
    @Test(arguments: 0..<views.count)
    func rendersAsItsReflection(index: Int) throws {
        let view = Self.views[index]
        let template = "{{#page}}" + Self.probe(view) + "{{/page}}"
        let strings = UIStrings(language: "en", texts: ["nav.home": "Home", "a.b": "deep"])
        let direct = try Self.render(template, layout: Self.layout, page: view, strings: strings)
        var library = MustacheLibrary()
        library.register(try Theme.template(template), named: "probe")
        let reflected = library.render(
            ["layout": Self.reflection(Self.layout) as Any, "page": Self.reflection(view) as Any,
             "i18n": Self.reflection(strings.tree) as Any],
            withTemplate: "probe")
        #expect(direct == reflected)
        #expect(direct.count > 20, "\(direct)")
    }

    private static func render(
        _ template: String, layout: LayoutView, page: Any, strings: UIStrings = UIStrings(language: "en", texts: [:])
    ) throws -> String {
        var library = MustacheLibrary()
        library.register(try Theme.template(template), named: "probe")
        let theme = Theme(templates: library, strings: ["en": strings], staticFiles: [:])
        return try theme.render("probe", language: "en", ["layout": layout, "page": page])
    }

    /// A template naming every field of `value` (sections for lists and views, their elements' fields inside), and in
    /// each section names that are not the section's own.
    private static func probe(_ value: Any) -> String {
        var text = "[{{layout.lang}}{{i18n.nav.home}}{{target}}{{lang}}{{html}}]"
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, let field = unwrapped(child.value) else { continue }
            let element = (field as? [Any])?.first ?? field
            switch Mirror(reflecting: element).displayStyle {
            case .struct:
                text += "{{#\(label)}}<\(label)>\(probe(element))</\(label)>{{/\(label)}}"
                if element is TableView { text += "{{#\(label)}}{{{html}}}{{/\(label)}}" }
            default:
                text += "\(label)={{\(label)}};{{#\(label)}}+{{/\(label)}}{{^\(label)}}-{{/\(label)}}"
            }
        }
        return text
    }

    /// What `TemplateValue.make` gave every view before views answered lookups themselves: a dictionary of the
    /// non-nil fields, lists element by element; of a table, only its HTML.
    private static func reflection(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Double: return value
        case let table as TableView: return ["html": table.html]
        case let array as [Any]: return array.compactMap(reflection)
        case let dictionary as [String: Any]: return dictionary.compactMapValues(reflection)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional: return mirror.children.first.flatMap { reflection($0.value) }
            case .struct:
                var fields: [String: Any] = [:]
                for child in mirror.children {
                    if let label = child.label, let field = reflection(child.value) { fields[label] = field }
                }
                return fields
            default: return value
            }
        }
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}

/// A template a site overrides in its content folder's `templates/` sees the same `layout` and `i18n` values, in
/// each language its own: the interface strings are made into template values once per language and shared by all
/// of that language's pages, so a page must never show another language's.
@Suite struct OverriddenTemplateValueTests {
    private static let layoutProbe = """
        <probe lang="{{layout.lang}}" dir="{{layout.dir}}" home="{{layout.homeHref}}" data="{{layout.dataHref}}" \
        feed="{{layout.feedHref}}" charts="{{layout.chartStylesheet}}" site="{{layout.siteTitle}}" \
        title="{{layout.title}}" nav-home="{{i18n.nav.home}}" feed-label="{{i18n.footer.feed}}">
        {{#layout.nav}}<nav-entry href="{{href}}"{{#current}} current{{/current}}>{{label}}|{{i18n.nav.home}}</nav-entry>
        {{/layout.nav}}{{#layout.switcher}}<switch lang="{{lang}}"{{#current}} current{{/current}}>{{label}}</switch>
        {{/layout.switcher}}{{$content}}{{/content}}
        </probe>
        """

    @Test func eachLanguagesPagesSeeTheirOwnValues() throws {
        let fixture = ContentFixture.threeLanguages().with("templates/layout.mustache", Self.layoutProbe)
        let site = try RenderedSite.render(fixture)
        let theme = try Theme.load(assets: PackagePaths.assets.path, overrides: nil, languages: ["zh", "en", "fr"])
        let languages = ["zh", "en", "fr"]
        let homes = Set(languages.map { theme.strings(for: .init($0))["nav.home"] })
        #expect(homes.count == languages.count, "the test needs three different words for Home")
        for language in languages {
            let strings = theme.strings(for: .init(language))
            let home = strings["nav.home"]
            for path in ["\(language)/index.html", "\(language)/regions/620000.html", "\(language)/regions/index.html"] {
                let page = site.page(path)
                #expect(page.contains("<probe lang=\"\(language)\" dir=\"ltr\""), "\(path): \(page.prefix(300))")
                #expect(page.contains("nav-home=\"\(home)\" feed-label=\"\(strings["footer.feed"])\">"), "\(path)")
                #expect(page.contains(">\(strings["nav.regions"])|\(home)</nav-entry>"), "\(path)")
                for other in homes where other != home {
                    #expect(!page.contains(other), "\(path) shows another language's \(other)")
                }
            }
            let region = site.page("\(language)/regions/620000.html")
            #expect(region.contains("data=\"../data.html\" feed=\"../feed.xml\" charts=\"../../assets/"), "\(region.prefix(400))")
            #expect(region.contains("<nav-entry href=\"index.html\" current>\(strings["nav.regions"])|"), "\(region)")
            #expect(region.contains("<switch lang=\"\(language)\" current>\(strings["language.name"])</switch>"))
        }
    }

    /// A site's own template sees the site's own interface strings, written into it as into the theme's.
    @Test func anOverriddenTemplateSeesTheSitesOwnStrings() throws {
        let fixture = ContentFixture.threeLanguages().with("templates/layout.mustache", Self.layoutProbe)
            .with("i18n/en.yml", "nav:\n  home: \"Start <here> & 'now'\"\n")
        let page = try RenderedSite.render(fixture).page("en/index.html")
        #expect(page.contains("nav-home=\"Start &lt;here&gt; &amp; &#39;now&#39;\""), "\(page.prefix(400))")
        #expect(page.contains("|Start &lt;here&gt; &amp; &#39;now&#39;</nav-entry>"))
        let plain = try RenderedSite.render(fixture, theme: { $0.withoutSources() }).page("en/index.html")
        #expect(plain == page)
    }
}
