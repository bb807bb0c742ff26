/// A continuous scale mapping a numeric domain linearly onto a pixel range, like d3's `scaleLinear`.
///
/// Bounds may run backwards: a y range usually runs from the bottom of the plot up to its top.
public struct LinearScale: Sendable {
    public var domain: (start: Double, end: Double)
    public var range: (start: Double, end: Double)

    public init(domain: (start: Double, end: Double), range: (start: Double, end: Double)) {
        self.domain = domain
        self.range = range
    }

    /// The position of `value`; a collapsed domain maps everything to the middle of the range.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.end - domain.start
        guard span != 0 else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.start) / span * (range.end - range.start)
    }

    /// The same scale with its domain extended to round values (d3 `nice`).
    public func niced(count: Int = 10) -> LinearScale {
        let nice = Ticks.nice(domain.start, domain.end, count: count)
        return LinearScale(domain: (nice.start, nice.stop), range: range)
    }

    /// About `count` round values inside the domain.
    public func ticks(count: Int = 10) -> [Double] {
        Ticks.ticks(domain.start, domain.end, count: count)
    }

    /// Decimals that labels of `ticks(count:)` need so that they all print alike.
    public func tickDecimals(count: Int = 10) -> Int {
        Ticks.decimals(forStep: Ticks.tickStep(domain.start, domain.end, count: count))
    }
}
