/// The views every page holds — the layout with its link lists, chart figures, footnotes — with their fields
/// listed by hand (`TemplateFields`): each page reflected on a dozen of them, a few percent of a large build.
/// `TemplateFieldsTests` checks that each lists every field.
extension LayoutView: TemplateFields {
    var templateFields: [String: Any?] {
        [
            "lang": lang, "dir": dir, "noindex": noindex, "title": title, "titleLang": titleLang,
            "documentTitle": documentTitle, "description": description, "siteTitle": siteTitle, "homeHref": homeHref,
            "stylesheet": stylesheet, "chartStylesheet": chartStylesheet, "canonical": canonical,
            "alternates": alternates, "switcher": switcher, "nav": nav, "breadcrumbs": breadcrumbs,
            "feedHref": feedHref, "publisher": publisher, "license": license, "licenseHref": licenseHref,
            "dataHref": dataHref, "searchHref": searchHref,
        ]
    }
}

extension LinkView: TemplateFields {
    var templateFields: [String: Any?] { ["label": label, "href": href, "current": current, "lang": lang] }
}

extension ChartFigureView: TemplateFields {
    var templateFields: [String: Any?] {
        [
            "id": id, "title": title, "subtitle": subtitle, "svg": svg, "svgNarrow": svgNarrow, "table": table,
            "notes": notes, "downloadHref": downloadHref,
        ]
    }
}

extension FootnoteView: TemplateFields {
    var templateFields: [String: Any?] { ["number": number, "id": id, "text": text, "lang": lang] }
}

extension FlagView: TemplateFields {
    var templateFields: [String: Any?] { ["code": code, "text": text] }
}
