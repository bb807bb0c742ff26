/// The description of a map: how many regions, the highest and lowest values, and which regions meet the
/// target, miss it or have no data — the same for tile maps and choropleths.
struct MapSummary {
    let strings: ChartStrings
    let kind: String
    let regions: [(name: String, valueLabel: String, fill: TileFill)]

    var text: String {
        var sentences = [strings.fill(kind, ["count": String(regions.count)])]
        let valued = regions.filter { $0.fill.number != nil }
        let byValue = valued.enumerated().sorted { a, b in
            a.element.fill.number! != b.element.fill.number!
                ? a.element.fill.number! > b.element.fill.number! : a.offset < b.offset
        }.map(\.element)
        if valued.count > 1, let highest = byValue.first, let lowest = byValue.last {
            sentences.append(strings.fill(strings.highest, ["label": highest.name, "value": highest.valueLabel]))
            sentences.append(strings.fill(strings.lowest, ["label": lowest.name, "value": lowest.valueLabel]))
        }
        let groups: [(TileFill, String)] = [(.met, strings.metList), (.notMet, strings.notMetList)]
        for (fill, template) in groups {
            let names = regions.filter { $0.fill == fill }.map(\.name)
            if !names.isEmpty { sentences.append(strings.fill(template, ["list": strings.list(names)])) }
        }
        let missing = regions.filter { $0.fill.isNoData }.map(\.name)
        if !missing.isEmpty { sentences.append(strings.fill(strings.noDataList, ["list": strings.list(missing)])) }
        return strings.paragraph(sentences)
    }
}
