import SiteModel

/// The "cite this" block of an indicator or comparison page: a reference in the language's style, and the
/// files a reference manager imports.
struct CitationView: Sendable {
    var text: String
    var downloads: [LinkView]
}

extension SiteContext {
    /// The date the content speaks for: its newest document's date, as the Atom feeds' `updated` — never the clock,
    /// so a build is reproducible and a citation's access date moves only when the content does. Nil without documents.
    var contentDate: String? {
        site.documents.flatMap { $0.versions.values.map(\.date) }.max()
    }
}

extension LanguageContext {
    /// The reference to the page at `route` titled `title`, in the language's style (`indicator.citation`: GB/T
    /// 7714-2015 `[EB/OL]` in Chinese, APA-like in English), with the canonical URL where `base_url` is set, else the
    /// page's path from the site root.
    func citationText(title: String, route: Route) -> String {
        let date = context.contentDate
        return strings.format(
            date == nil ? "indicator.citation_undated" : "indicator.citation",
            [
                "publisher": text(site.settings.publisher), "site": text(site.settings.title),
                "name": title, "url": absoluteURL(route) ?? route.path, "accessed": date ?? "",
                "year": date.map { String($0.prefix(4)) } ?? "",
            ])
    }

    func citationView(title: String, route: Route, indicator: IndicatorID?) -> CitationView {
        return CitationView(
            text: citationText(title: title, route: route),
            downloads: indicator.map { id in
                [
                    LinkView(
                        label: strings["downloads.bibtex"],
                        href: route.link(to: .indicatorCitation(language, id, .bibTeX))),
                    LinkView(
                        label: strings["downloads.csl_json"],
                        href: route.link(to: .indicatorCitation(language, id, .cslJSON))),
                ]
            } ?? [])
    }

    /// The indicator page as a reference manager imports it: a BibTeX `@misc` entry or a CSL-JSON `dataset`.
    func indicatorCitationFile(_ indicator: Indicator, _ format: CitationFormat) -> String {
        let route = Route.indicator(language, indicator.id)
        let key = "\(indicator.id)-\(language)"
        let title = text(indicator.name)
        let publisher = text(site.settings.publisher)
        let siteTitle = text(site.settings.title)
        let url = absoluteURL(route) ?? route.path
        let date = context.contentDate
        switch format {
        case .bibTeX:
            var fields: [(String, String)] = [
                ("author", "{\(BibTeX.escape(publisher))}"), ("title", "{\(BibTeX.escape(title))}"),
                ("howpublished", BibTeX.escape(siteTitle)), ("publisher", BibTeX.escape(publisher)),
            ]
            if let date { fields.append(("year", String(date.prefix(4)))) }
            fields.append(("url", BibTeX.url(url)))
            if let date { fields.append(("urldate", date)) }
            fields.append(("language", language.rawValue))
            return "@misc{\(key),\n" + fields.map { "  \($0.0) = {\($0.1)},\n" }.joined() + "}\n"
        case .cslJSON:
            var item: [(String, JSONValue)] = [
                ("id", .string(key)), ("type", .string("dataset")), ("title", .string(title)),
                ("author", .array([.object([("literal", .string(publisher))])])),
                ("publisher", .string(publisher)), ("container-title", .string(siteTitle)), ("URL", .string(url)),
                ("language", .string(language.rawValue)),
            ]
            if let date {
                let parts = date.split(separator: "-").compactMap { Int($0) }.map { JSONValue.number(String($0)) }
                item.append(("issued", .object([("date-parts", .array([.array(Array(parts.prefix(1)))]))])))
                item.append(("accessed", .object([("date-parts", .array([.array(parts)]))])))
            }
            return JSONValue.array([.object(item)]).serialized() + "\n"
        }
    }
}

/// BibTeX's escaping: content text inside a braced field, where `{`, `}`, `\` and TeX's special characters
/// would otherwise be read as commands or unbalance the entry.
enum BibTeX {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "%", "&", "$", "#", "_": out += "\\\(character)"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// A URL field is read verbatim by biblatex; only braces and backslashes (which a checked address never
    /// holds) could break the entry, so they are dropped.
    static func url(_ text: String) -> String {
        String(text.filter { $0 != "{" && $0 != "}" && $0 != "\\" && !$0.isNewline })
    }
}
