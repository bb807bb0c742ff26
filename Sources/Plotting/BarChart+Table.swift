extension BarChart {
    /// Regions in the chart's order with their value labels.
    public var table: ChartTable {
        ChartTable(caption: title, columns: [strings.regionHeader, strings.valueHeader], rows: sortedBars.map { bar in
            [bar.label, bar.value == nil ? strings.missingValue : valueText(bar)]
        })
    }

    /// The text of the chart's `<desc>`: highest and lowest, the rank of highlighted regions, the target.
    public var summary: String {
        let sorted = sortedBars
        let valued = sorted.filter { $0.value != nil }
        var sentences = [strings.fill(strings.barChartKind, ["count": String(sorted.count)])]
        let byValue = valued.enumerated().sorted { a, b in
            a.element.value! != b.element.value! ? a.element.value! > b.element.value! : a.offset < b.offset
        }.map(\.element)
        if let highest = byValue.first, let lowest = byValue.last, valued.count > 1 {
            sentences.append(strings.fill(strings.highest, ["label": highest.label, "value": valueText(highest)]))
            sentences.append(strings.fill(strings.lowest, ["label": lowest.label, "value": valueText(lowest)]))
        }
        for bar in valued.sorted(by: { $0.role.layer > $1.role.layer }) where bar.role != .context {
            let rank = (valued.firstIndex(of: bar) ?? 0) + 1
            sentences.append(strings.fill(strings.rank, [
                "label": bar.label, "value": valueText(bar), "rank": String(rank), "count": String(valued.count),
            ]))
        }
        if let target {
            let met = valued.filter { target.isMet(by: $0.value!) }.map(\.label)
            let notMet = valued.filter { !target.isMet(by: $0.value!) }.map(\.label)
            if !met.isEmpty { sentences.append(strings.fill(strings.metList, ["list": strings.list(met)])) }
            if !notMet.isEmpty { sentences.append(strings.fill(strings.notMetList, ["list": strings.list(notMet)])) }
        }
        let missing = sorted.filter { $0.value == nil }.map(\.label)
        if !missing.isEmpty { sentences.append(strings.fill(strings.noDataList, ["list": strings.list(missing)])) }
        return strings.paragraph(sentences)
    }
}
