import Markdown
import SiteModel
import Yams

extension LoadState {
    private static let chartKeys = ["indicator", "regions", "kind", "year", "where"]

    /// A `chart` block's YAML body as a checked chart spec, or nil with errors.
    ///
    /// The body starts on the line after the opening fence; inside a list its indentation was stripped, which
    /// the column offset puts back.
    mutating func chartSpec(
        _ chart: MarkdownChartBlock, in file: MarkdownFile, references: MarkdownReferences
    ) -> ChartSpec? {
        let fenceLine = file.fileLine(chart.position)
        let place = YAMLText(path: file.path, firstLine: fenceLine + 1, columnOffset: chart.position.column - 1)
        let errorCount = diagnostics.count
        guard let root = parseYAML(chart.body, at: place) else {
            if diagnostics.count == errorCount {
                error("empty chart block: it needs at least indicator: <id>", file.path, line: fenceLine, column: chart.position.column)
            }
            return nil
        }
        guard let map = yamlMap(root, "a chart block", in: place) else { return nil }
        warnUnknownKeys(map, known: Self.chartKeys, "the chart block", in: place)

        guard let indicatorNode = map.value("indicator") else {
            error("chart block without indicator: name the indicator to draw", file.path, line: fenceLine, column: chart.position.column)
            return nil
        }
        guard let indicatorText = yamlText(indicatorNode, "indicator", in: place) else { return nil }
        let indicator = IndicatorID(indicatorText)
        var isValid = references.indicators.contains(indicator)
        if !isValid {
            error("chart: unknown indicator \(quoted(indicatorText)) (not in indicators.csv)", at: indicatorNode, in: place)
        }

        var kind = ChartSpec.Kind.line
        if let node = map.value("kind"), let text = yamlText(node, "kind", in: place) {
            if let known = ChartSpec.Kind(rawValue: text) {
                kind = known
            } else {
                let kinds = ChartSpec.Kind.allCases.map(\.rawValue)
                error("chart: bad kind \(quoted(text)): use \(alternatives(kinds))", at: node, in: place)
                isValid = false
            }
        }

        var regions: [RegionCode] = []
        if let node = map.value("regions"), let items = yamlTextList(node, "regions", in: place) {
            for item in items {
                let code = RegionCode(item.text)
                if references.regions.contains(code) {
                    regions.append(code)
                } else {
                    error("chart: unknown region \(quoted(item.text)) (not in regions.csv)", at: item.node, in: place)
                    isValid = false
                }
            }
        }

        var period: String?
        if let node = map.value("year"), let text = yamlText(node, "year", in: place) {
            if Period(text) == nil {
                error(badPeriod("the chart's year", text), at: node, in: place)
                isValid = false
            } else {
                period = text
            }
        }

        var filter: [String: String] = [:]
        if let node = map.value("where"), let whereMap = yamlMap(node, "where", in: place) {
            let dimensions = references.dimensions[indicator]
            for field in whereMap.fields {
                if let dimensions, !dimensions.contains(field.key) {
                    let names = dimensions.isEmpty ? "none" : dimensions.joined(separator: ", ")
                    error(
                        "chart: the data of \(quoted(indicatorText)) have no dimension \(quoted(field.key)) (its dimensions: \(names))",
                        at: field.keyNode, in: place)
                    isValid = false
                }
                if let value = yamlText(field.value, "where.\(field.key)", in: place) { filter[field.key] = value }
            }
        }
        guard isValid else { return nil }
        return ChartSpec(indicator: indicator, kind: kind, regions: regions, period: period, filter: filter)
    }
}
