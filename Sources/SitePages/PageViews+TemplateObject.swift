import Mustache

/// The views of the pages a large site has most of — subdivision pages and their parts, comparison, region and
/// indicator pages — answering the templates' lookups field by field (`TemplateObject`); other pages' views are
/// reflected on once per page (`TemplateValue.make`). `TemplateObjectTests` checks that each answers every field.
extension SubdivisionPageView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "region": region
        case "unit": unit
        case "target": target
        case "indicatorHref": indicatorHref
        case "regionHref": regionHref
        case "latestPeriod": latestPeriod
        case "chart": chart
        case "bars": bars
        case "map": map
        case "hasValues": hasValues
        case "table": table
        case "footnotes": footnotes
        case "flags": flags
        case "deeper": deeper
        case "parts": parts
        case "partsIntro": partsIntro
        default: nil
        }
    }
}

extension SubdivisionPartView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "region": region
        case "unit": unit
        case "target": target
        case "range": range
        case "overviewHref": overviewHref
        case "indicatorHref": indicatorHref
        case "regionHref": regionHref
        case "pager": pager
        case "table": table
        case "footnotes": footnotes
        case "flags": flags
        case "deeper": deeper
        default: nil
        }
    }
}

extension PagerView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "previous": previous
        case "next": next
        case "parts": parts
        default: nil
        }
    }
}

extension ComparisonPageView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "unit": unit
        case "period": period
        case "indicatorHref": indicatorHref
        case "periods": periods
        case "chart": chart
        case "map": map
        case "target": target
        case "rowsHTML": rowsHTML
        case "caption": caption
        case "cite": cite
        default: nil
        }
    }
}

extension RegionPageView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "nameLang": nameLang
        case "code": code
        case "level": level
        case "parent": parent
        case "children": children
        case "subdivisions": subdivisions
        case "isHome": isHome
        case "homeRegion": homeRegion
        case "rows": rows
        case "rowsHTML": rowsHTML
        case "summary": summary
        case "met": met
        case "withTarget": withTarget
        case "missing": missing
        default: nil
        }
    }
}

extension RegionPageView.Row: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": href
        case "value": value
        case "period": period
        case "flag": flag
        case "homeValue": homeValue
        case "homePeriod": homePeriod
        case "target": target
        case "status": status
        default: nil
        }
    }
}

extension IndicatorPageView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "nameLang": nameLang
        case "unit": unit
        case "topics": topics
        case "target": target
        case "status": status
        case "homeRegion": homeRegion
        case "latest": latest
        case "latestPeriod": latestPeriod
        case "hasData": hasData
        case "reporting": reporting
        case "chart": chart
        case "table": table
        case "footnotes": footnotes
        case "flags": flags
        case "longText": longText
        case "longTextLang": longTextLang
        case "sources": sources
        case "downloads": downloads
        case "compareHref": compareHref
        case "subdivisions": subdivisions
        case "documents": documents
        case "breakdowns": breakdowns
        case "cite": cite
        case "embed": embed
        default: nil
        }
    }
}

extension BreakdownView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "heading": heading
        case "table": table
        case "footnotes": footnotes
        case "chart": chart
        default: nil
        }
    }
}
