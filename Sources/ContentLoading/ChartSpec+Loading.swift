import Markdown
import SiteModel
import Yams

extension LoadState {
    private static let chartKeys = ["indicator", "regions", "kind", "year", "where"]

    /// A `chart` block's YAML body as a checked chart spec, or nil when anything in it was reported.
    ///
    /// The body starts on the line after the opening fence; inside a list its indentation was stripped, which
    /// the column offset puts back.
    mutating func chartSpec(
        _ chart: MarkdownChartBlock, in file: MarkdownFile, references: MarkdownReferences
    ) -> ChartSpec? {
        let fenceLine = file.fileLine(chart.position)
        let place = YAMLText(path: file.path, firstLine: fenceLine + 1, columnOffset: chart.position.column - 1)
        let errorsBefore = errorCount
        guard let root = parseYAML(chart.body, at: place) else {
            if errorCount == errorsBefore {
                error(
                    "empty chart block: it needs at least indicator: <id>", file.path, line: fenceLine,
                    column: chart.position.column)
            }
            return nil
        }
        guard let map = yamlMap(root, "a chart block", in: place) else { return nil }
        warnUnknownKeys(map, known: Self.chartKeys, "the chart block", in: place)
        guard let indicatorNode = map.value("indicator") else {
            error(
                "chart block without indicator: name the indicator to draw", file.path, line: fenceLine,
                column: chart.position.column)
            return nil
        }
        guard let indicatorText = yamlText(indicatorNode, "indicator", in: place) else { return nil }
        let indicator = IndicatorID(indicatorText)
        if !references.indicators.contains(indicator) {
            error("chart: unknown indicator \(quoted(indicatorText)) (not in indicators.csv)", at: indicatorNode, in: place)
        }
        let spec = ChartSpec(
            indicator: indicator,
            kind: map.value("kind").flatMap { chartKind($0, in: place) } ?? .line,
            regions: map.value("regions").map { chartRegions($0, references: references, in: place) } ?? [],
            period: map.value("year").flatMap { chartPeriod($0, in: place) },
            filter: map.value("where").map { chartFilter($0, of: indicator, references: references, in: place) } ?? [:])
        if spec.kind == .line, let yearNode = map.value("year") {
            warning("chart: year applies to bar and map charts; a line chart shows every period", at: yearNode, in: place)
        }
        return errorCount == errorsBefore ? spec : nil
    }

    private mutating func chartKind(_ node: Node, in place: YAMLText) -> ChartSpec.Kind? {
        guard let text = yamlText(node, "kind", in: place) else { return nil }
        guard let kind = ChartSpec.Kind(rawValue: text) else {
            let kinds = ChartSpec.Kind.allCases.map(\.rawValue)
            error("chart: bad kind \(quoted(text)): use \(alternatives(kinds))", at: node, in: place)
            return nil
        }
        return kind
    }

    private mutating func chartRegions(
        _ node: Node, references: MarkdownReferences, in place: YAMLText
    ) -> [RegionCode] {
        var regions: [RegionCode] = []
        for item in yamlTextList(node, "regions", in: place) ?? [] {
            let code = RegionCode(item.text)
            if references.regions.contains(code) {
                regions.append(code)
            } else {
                error("chart: unknown region \(quoted(item.text)) (not in regions.csv)", at: item.node, in: place)
            }
        }
        return regions
    }

    /// `year` of a bar chart or map: any period form a data file accepts.
    private mutating func chartPeriod(_ node: Node, in place: YAMLText) -> String? {
        guard let text = yamlText(node, "year", in: place) else { return nil }
        guard Period(text) != nil else {
            error(badPeriod("the chart's year", text), at: node, in: place)
            return nil
        }
        return text
    }

    /// `where: {area: rural}`: dimension values; the dimensions must be columns of the indicator's data file.
    private mutating func chartFilter(
        _ node: Node, of indicator: IndicatorID, references: MarkdownReferences, in place: YAMLText
    ) -> [String: String] {
        guard let map = yamlMap(node, "where", in: place) else { return [:] }
        let dimensions = references.dimensions[indicator]
        var filter: [String: String] = [:]
        for field in map.fields {
            if let dimensions, !dimensions.contains(field.key) {
                let names = dimensions.isEmpty ? "none" : dimensions.joined(separator: ", ")
                error(
                    "chart: the data of \(quoted(indicator.rawValue)) have no dimension \(quoted(field.key)) (its dimensions: \(names))",
                    at: field.keyNode, in: place)
            }
            if let value = yamlText(field.value, "where.\(field.key)", in: place) { filter[field.key] = value }
        }
        return filter
    }
}
