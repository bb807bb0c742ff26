extension LineChart {
    /// One row per period, one column per series; gaps show the "missing" mark, footnotes follow values.
    public var table: ChartTable {
        let cells = LineTableCells(series: series, format: format, strings: strings)
        return ChartTable(caption: title, columns: [strings.periodHeader] + series.map(\.label), rows: cells.rows)
    }

    /// The text of the chart's `<desc>`: the kind of chart, what each highlighted series did and where it has
    /// no data, the target.
    public var summary: String {
        let summary = SeriesSummary(strings: strings, format: format)
        let kind = strings.fill(strings.lineChartKind, ["series": strings.list(series.map(\.label))])
        let highlighted = series.filter { $0.role != .context }
        let described = (highlighted.isEmpty ? series : highlighted)
            .sorted { $0.role.layer > $1.role.layer }.prefix(Self.maximumDirectLabels)
        var sentences = [kind] + described.flatMap { line in
            [summary.sentence(label: line.label, points: line.sortedPoints)] + summary.gapSentences(line)
        }
        if let lead = described.first,
            let sentence = summary.targetSentence(target, points: lead.sortedPoints)
        {
            sentences.append(sentence)
        }
        return strings.paragraph(sentences)
    }
}

/// Rows of periods × series, shared by line charts and small multiples.
struct LineTableCells {
    let series: [LineSeries]
    let format: ValueFormat
    let strings: ChartStrings

    var rows: [[String]] {
        // `sortedPoints` sorts on every call: once a series here, not once a cell.
        let sortedSeries = series.map(\.sortedPoints)
        var labels: [Double: String] = [:]
        for points in sortedSeries {
            for point in points where labels[point.x] == nil { labels[point.x] = point.label }
        }
        return labels.keys.sorted().map { x in
            [labels[x] ?? ""] + sortedSeries.map { points in
                guard let point = points.last(where: { $0.x == x }), let value = point.value else {
                    return strings.missingValue
                }
                return format.format(value) + (point.footnote ?? "")
            }
        }
    }
}
