import Foundation

/// Tick values and nice domains, a faithful port of d3-array's `ticks`, `tickIncrement` and `tickStep`.
///
/// Steps follow the 1-2-5 rule: the raw step is rounded to 1, 2, 5 or 10 × 10^k, choosing by the geometric
/// midpoints √2, √10 and √50. Small steps are applied as a division by an integer inverse step, so a tick
/// prints as 0.3 rather than 0.30000000000000004.
public enum Ticks {
    private static let e10 = 50.0.squareRoot()
    private static let e5 = 10.0.squareRoot()
    private static let e2 = 2.0.squareRoot()

    /// About `count` round values between `start` and `stop` inclusive; reversed when `stop < start`.
    public static func ticks(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 0, start.isFinite, stop.isFinite else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (i1, i2, increment) = reverse
            ? spec(stop, start, Double(count)) : spec(start, stop, Double(count))
        guard i2 >= i1 else { return [] }
        let values = stride(from: i1, through: i2, by: 1).map { index in
            positive(increment < 0 ? index / -increment : index * increment)
        }
        return reverse ? values.reversed() : values
    }

    /// The tick step as d3 encodes it: positive for steps ≥ 1, the negated inverse step (−50 for 0.02) below 1.
    public static func tickIncrement(_ start: Double, _ stop: Double, count: Int) -> Double {
        guard count > 0, start.isFinite, stop.isFinite, start != stop else { return 0 }
        return spec(start, stop, Double(count)).increment
    }

    /// The tick step as a plain signed number (0.02, 5, −10).
    public static func tickStep(_ start: Double, _ stop: Double, count: Int) -> Double {
        let reverse = stop < start
        let increment = reverse ? tickIncrement(stop, start, count: count) : tickIncrement(start, stop, count: count)
        guard increment != 0 else { return 0 }
        return (reverse ? -1 : 1) * (increment < 0 ? 1 / -increment : increment)
    }

    /// Extends `[start, stop]` outwards to round values, as d3's `linear.nice(count)`; repeats because widening
    /// the domain can change the step.
    public static func nice(_ start: Double, _ stop: Double, count: Int = 10) -> (start: Double, stop: Double) {
        guard start.isFinite, stop.isFinite, count > 0 else { return (start, stop) }
        let reverse = stop < start
        var (low, high) = reverse ? (stop, start) : (start, stop)
        var previous: Double?
        for _ in 0..<10 {
            let step = tickIncrement(low, high, count: count)
            if step == previous || step == 0 { break }
            if step > 0 {
                low = (low / step).rounded(.down) * step
                high = (high / step).rounded(.up) * step
            } else {
                low = (low * -step).rounded(.down) / -step
                high = (high * -step).rounded(.up) / -step
            }
            previous = step
        }
        return reverse ? (positive(high), positive(low)) : (positive(low), positive(high))
    }

    /// Decimals that labels for ticks `step` apart need: `max(0, −floor(log10|step|))`.
    public static func decimals(forStep step: Double) -> Int {
        guard step.isFinite, step != 0 else { return 0 }
        return max(0, -Int(log10(step.magnitude).rounded(.down)))
    }

    private static func spec(_ start: Double, _ stop: Double, _ count: Double)
        -> (i1: Double, i2: Double, increment: Double)
    {
        let step = (stop - start) / max(0, count)
        let power = log10(step).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double
        var i2: Double
        var increment: Double
        if power < 0 {
            increment = pow(10, -power) / factor
            i1 = jsRound(start * increment)
            i2 = jsRound(stop * increment)
            if i1 / increment < start { i1 += 1 }
            if i2 / increment > stop { i2 -= 1 }
            increment = -increment
        } else {
            increment = pow(10, power) * factor
            i1 = jsRound(start / increment)
            i2 = jsRound(stop / increment)
            if i1 * increment < start { i1 += 1 }
            if i2 * increment > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, increment)
    }

    /// JavaScript's `Math.round`: halves go up, unlike Swift's away-from-zero rounding.
    private static func jsRound(_ value: Double) -> Double { (value + 0.5).rounded(.down) }

    /// Turns −0 into 0 so it never prints as "-0".
    static func positive(_ value: Double) -> Double { value == 0 ? 0 : value }
}
