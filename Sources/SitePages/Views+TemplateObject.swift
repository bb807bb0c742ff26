import Mustache

/// The views every page holds — the layout with its link lists, chart figures, footnotes, statuses — answering the
/// templates' lookups field by field (`TemplateObject`). `TemplateObjectTests` checks that each answers every field.
extension LayoutView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "dir": dir
        case "noindex": noindex
        case "title": title
        case "titleLang": titleLang
        case "documentTitle": documentTitle
        case "description": description
        case "siteTitle": siteTitle
        case "homeHref": homeHref
        case "stylesheet": stylesheet
        case "chartStylesheet": chartStylesheet
        case "canonical": canonical
        case "alternates": alternates
        case "switcher": switcher
        case "nav": nav
        case "breadcrumbs": breadcrumbs
        case "feedHref": feedHref
        case "publisher": publisher
        case "license": license
        case "licenseHref": licenseHref
        case "dataHref": dataHref
        case "searchHref": searchHref
        default: nil
        }
    }
}

extension LinkView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "current": current
        case "lang": lang
        default: nil
        }
    }
}

extension ChartFigureView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "subtitle": subtitle
        case "svg": svg
        case "svgNarrow": svgNarrow
        case "table": table
        case "notes": notes
        case "downloadHref": downloadHref
        default: nil
        }
    }
}

extension FootnoteView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "id": id
        case "text": text
        case "lang": lang
        default: nil
        }
    }
}

extension FlagView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "text": text
        default: nil
        }
    }
}

extension StatusView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "text": text
        case "icon": icon
        default: nil
        }
    }
}

extension StatusCount: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "status": status
        case "count": count
        default: nil
        }
    }
}

extension CitationView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "downloads": downloads
        default: nil
        }
    }
}

extension SourceView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "publisher": publisher
        case "date": date
        case "url": url
        case "documentHref": documentHref
        case "passages": passages
        default: nil
        }
    }
}

extension EmbedCodeView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "href": href
        default: nil
        }
    }
}
