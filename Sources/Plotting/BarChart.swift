/// A horizontal bar chart comparing regions: sorted, bars from zero, value labels on the bars, names never
/// rotated (a gutter sized to the longest name), the home region and comparators highlighted, optional
/// target and reference rules.
public struct BarChart: Sendable {
    public var id: String
    public var title: String
    public var bars: [Bar]
    public var target: ChartTarget?
    public var reference: ReferenceLine?
    public var order: BarOrder
    public var format: ValueFormat
    public var width: Double
    /// Nil sizes the chart to its bars; a height too small for the names is raised so none is dropped.
    public var height: Double?
    public var strings: ChartStrings
    public var style: ChartStyle

    public init(
        id: String, title: String, bars: [Bar], target: ChartTarget? = nil, reference: ReferenceLine? = nil,
        order: BarOrder = .descending, format: ValueFormat = ValueFormat(), width: Double = 640,
        height: Double? = nil, strings: ChartStrings = .english, style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.bars = bars
        self.target = target.flatMap { $0.value.isFinite ? $0 : nil }
        self.reference = reference.flatMap { $0.value.isFinite ? $0 : nil }
        self.order = order
        self.format = format
        self.width = max(width, 200)
        self.height = height
        self.strings = strings
        self.style = style
    }

    /// Bars in display order: by value in `order` (ties keep input order), bars without a value last.
    var sortedBars: [Bar] {
        // Pages hand their bars over ranked already (and ask for them three times a chart): then sorting would give
        // them back as they are.
        isInDisplayOrder ? bars : sortedByValue
    }

    /// `sortedBars` by sorting, whatever order the bars are in.
    var sortedByValue: [Bar] {
        let indexed = bars.enumerated()
        let valued = indexed.filter { $0.element.value != nil }.sorted { a, b in
            let (x, y) = (a.element.value!, b.element.value!)
            if x != y { return order == .descending ? x > y : x < y }
            return a.offset < b.offset
        }
        return (valued + indexed.filter { $0.element.value == nil }).map(\.element)
    }

    /// Bars with values first, none of them placed before the one preceding it by the order `sortedByValue` sorts in.
    private var isInDisplayOrder: Bool {
        var previous: Double?
        var seenNoValue = false
        for bar in bars {
            guard let value = bar.value else {
                seenNoValue = true
                continue
            }
            if seenNoValue { return false }
            if let previous, value != previous, order == .descending ? value > previous : value < previous {
                return false
            }
            previous = value
        }
        return true
    }

    func valueText(_ bar: Bar) -> String {
        bar.valueLabel ?? bar.value.map(format.format) ?? strings.noData
    }
}
