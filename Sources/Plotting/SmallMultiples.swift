/// A grid of mini line charts sharing one value scale and one time range, so regions compare at a glance;
/// each panel names its region and latest value, the target rule runs through every panel; gaps are bridged by
/// dots, explained in a note under the grid.
public struct SmallMultiples: Sendable {
    public var id: String
    public var title: String
    public var panels: [SmallMultiplesPanel]
    public var target: ChartTarget?
    public var format: ValueFormat
    public var yFromZero: Bool
    /// Panels per row; nil fits about 150 px per panel.
    public var columns: Int?
    public var width: Double
    /// Height of each panel's plot area.
    public var plotHeight: Double
    public var strings: ChartStrings
    public var style: ChartStyle

    public init(
        id: String, title: String, panels: [SmallMultiplesPanel], target: ChartTarget? = nil,
        format: ValueFormat = ValueFormat(), yFromZero: Bool = false, columns: Int? = nil, width: Double = 640,
        plotHeight: Double = 80, strings: ChartStrings = .english, style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.panels = panels
        self.target = target.flatMap { $0.value.isFinite ? $0 : nil }
        self.format = format
        self.yFromZero = yFromZero
        self.columns = columns.map { max(1, $0) }
        self.width = max(width, 160)
        self.plotHeight = max(plotHeight, 40)
        self.strings = strings
        self.style = style
    }

    /// One row per period, one column per panel (its lead series).
    public var table: ChartTable {
        let leads = panels.compactMap { panel in
            panel.lead.map { LineSeries(label: panel.title, role: $0.role, points: $0.points, step: $0.step) }
        }
        let cells = LineTableCells(series: leads, format: format, strings: strings)
        return ChartTable(caption: title, columns: [strings.periodHeader] + leads.map(\.label), rows: cells.rows)
    }

    /// Some line of a panel has periods without a value between two values, drawn as a dotted bridge.
    public var hasGaps: Bool { panels.contains { $0.series.contains { !$0.gaps.isEmpty } } }

    public var summary: String {
        let summary = SeriesSummary(strings: strings, format: format)
        var sentences = [strings.fill(strings.smallMultiplesKind, ["count": String(panels.count)])]
        for panel in panels {
            guard let lead = panel.lead else { continue }
            sentences.append(summary.sentence(label: panel.title, points: lead.sortedPoints))
            sentences += summary.gapSentences(LineSeries(label: panel.title, points: lead.points, step: lead.step))
        }
        if let target {
            var met: [String] = []
            var notMet: [String] = []
            for panel in panels {
                guard let value = panel.lead?.valuedPoints.last?.value else { continue }
                if target.isMet(by: value) { met.append(panel.title) } else { notMet.append(panel.title) }
            }
            if !met.isEmpty { sentences.append(strings.fill(strings.metList, ["list": strings.list(met)])) }
            if !notMet.isEmpty { sentences.append(strings.fill(strings.notMetList, ["list": strings.list(notMet)])) }
        }
        return strings.paragraph(sentences)
    }
}
