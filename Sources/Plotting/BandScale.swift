/// A scale that lays out equal bands for categories, like d3's `scaleBand` with `align(0.5)`.
public struct BandScale: Sendable, Hashable {
    public let count: Int
    public let range: ClosedRange<Double>
    /// Share of a step left empty between bands, 0–1.
    public let paddingInner: Double
    /// Steps left empty before the first and after the last band.
    public let paddingOuter: Double

    public init(count: Int, range: ClosedRange<Double>, paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.count = max(0, count)
        self.range = range
        self.paddingInner = min(max(paddingInner, 0), 1)
        self.paddingOuter = max(paddingOuter, 0)
    }

    /// Distance from the start of one band to the start of the next.
    public var step: Double {
        (range.upperBound - range.lowerBound) / max(1, Double(count) - paddingInner + paddingOuter * 2)
    }

    /// Thickness of one band.
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// Start of band `index`; bands are centred in the range.
    public func start(_ index: Int) -> Double {
        let used = step * (Double(count) - paddingInner)
        let offset = (range.upperBound - range.lowerBound - used) / 2
        return range.lowerBound + offset + step * Double(index)
    }

    /// Middle of band `index`.
    public func center(_ index: Int) -> Double { start(index) + bandwidth / 2 }
}
