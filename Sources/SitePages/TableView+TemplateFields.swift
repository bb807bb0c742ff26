extension TableView.Cell: TemplateFields {
    var templateFields: [String: Any?] {
        ["text": text, "flag": flag, "flagText": flagText, "notes": notes, "numeric": numeric]
    }
}

extension TableView.NoteRef: TemplateFields {
    var templateFields: [String: Any?] { ["number": number, "href": href] }
}

extension TableView.Row: TemplateFields {
    var templateFields: [String: Any?] { ["header": header, "headerHref": headerHref, "role": role, "cells": cells] }
}

extension ComparisonPageView.Row: TemplateFields {
    var templateFields: [String: Any?] {
        [
            "rank": rank, "region": region, "regionHref": regionHref, "role": role, "roleLabel": roleLabel,
            "value": value, "flag": flag, "flagText": flagText, "status": status,
        ]
    }
}

extension RegionPageView.Row: TemplateFields {
    var templateFields: [String: Any?] {
        [
            "name": name, "href": href, "value": value, "period": period, "flag": flag, "homeValue": homeValue,
            "homePeriod": homePeriod, "target": target, "status": status,
        ]
    }
}

extension StatusView: TemplateFields {
    var templateFields: [String: Any?] { ["key": key, "text": text, "icon": icon] }
}
