import SiteModel

extension LanguageContext {
    /// The ranked rows of a comparison page, written by code (see `HTMLWriter`): a row per region, thousands at
    /// national scale. The markup is what the `comparison` template's rows were, so the stylesheet still applies.
    func comparisonRowsHTML(
        _ indicator: Indicator, _ period: Period, ranking: [(RegionCode, Observation)],
        on route: Route
    ) -> String {
        let noValue = strings["table.no_value"]
        let unitFormat = format.unitFormat(indicator.unit)
        var flagTexts: [ObservationFlag: String] = [:]
        var roleLabels: [String: String] = [:]
        var statusViews: [TargetStatus: StatusView] = [:]
        let regionLinks = FolderLinks(from: route, toFolderOf: .regionIndex(language))
        var out = HTMLWriter(capacity: ranking.count * 400)
        for (index, (code, observation)) in ranking.enumerated() {
            let role = context.regionRole(code)
            out.markup("<tr")
            if let role {
                out.markup(" class=\"row-")
                out.text(role)
                out.markup("\"")
            }
            out.markup("><td class=\"num\">")
            out.number(index + 1)
            out.markup("</td><th scope=\"row\"><a href=\"")
            out.text(regionLinks.link(to: .region(language, code)))
            out.markup("\">")
            out.text(regionName(code))
            out.markup("</a>")
            if let role {
                let label = roleLabels[role] ?? strings["roles.\(role)"]
                roleLabels[role] = label
                out.markup(" <span class=\"role-tag\">")
                out.text(label)
                out.markup("</span>")
            }
            out.markup("</th><td class=\"num\">")
            if let value = observation.value {
                out.text(unitFormat.format(value))
            }
            if let flag = observation.flag {
                let text = flagTexts[flag] ?? format.flagText(flag)
                flagTexts[flag] = text
                out.flag(flag.rawValue, title: text)
            }
            out.markup("</td><td>")
            if let target = indicator.target {
                let status = target.status(of: context.headline(indicator, code).filter { $0.period <= period })
                let view = statusViews[status] ?? format.statusView(status)
                statusViews[status] = view
                view.write(to: &out)
            } else {
                out.text(noValue)
            }
            out.markup("</td></tr>\n")
        }
        return out.string
    }
}
