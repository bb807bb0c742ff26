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
