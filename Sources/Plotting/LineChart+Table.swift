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
        var xs = sortedSeries.flatMap { $0.map(\.x) }
        xs.sort()
        xs = xs.enumerated().filter { $0.offset == 0 || xs[$0.offset - 1] != $0.element }.map(\.element)
        // Each row is named by the first point at its x, series by series; each cell holds the last point of its
        // series at that x. Points find their row by a binary search: no hashing, no scan of the series a cell.
        var labels = [String?](repeating: nil, count: xs.count)
        var cells = [[String]](repeating: [String](repeating: strings.missingValue, count: sortedSeries.count),
                               count: xs.count)
        for (column, points) in sortedSeries.enumerated() {
            for point in points {
                let row = Self.index(of: point.x, in: xs)
                if labels[row] == nil { labels[row] = point.label }
                cells[row][column] = point.value.map { format.format($0) + (point.footnote ?? "") }
                    ?? strings.missingValue
            }
        }
        return zip(labels, cells).map { [$0 ?? ""] + $1 }
    }

    /// Where `x` is in `xs`, sorted and holding it.
    static func index(of x: Double, in xs: [Double]) -> Int {
        var low = 0
        var high = xs.count - 1
        while low < high {
            let middle = (low + high) / 2
            if xs[middle] < x { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
