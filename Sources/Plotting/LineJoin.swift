/// How two neighbouring values of a line are connected: directly, or across periods without a value.
///
/// A period without a value is a gap whether it is listed (a point whose `y` is nil, such as a row flagged
/// missing) or simply absent from a regular series (a year-on-year series jumping from 2012 to 2020). A line
/// drawn straight across a gap reads as if the value had moved steadily through the missing periods, so a gap
/// is bridged by a thin dotted connector, explained in the chart's note and description, never by the line
/// itself (the convention of the FT and Our World in Data; the table keeps the gap as an empty cell).
struct LineJoin: Equatable {
    /// Indices into the points the joins were found in.
    let from: Int
    let to: Int
    /// Periods without a value lie between the two points.
    let bridgesGap: Bool

    /// Joins between consecutive values of `points` (in time order). `step` is the distance between
    /// consecutive periods of a regular series; two values further apart than one step (with room for
    /// rounding and uneven months) have missing periods between them. Without a step only points without a
    /// value are gaps.
    static func joins(_ points: [LinePoint], step: Double?) -> [LineJoin] {
        var joins: [LineJoin] = []
        var previous: Int?
        var missedOne = false
        for (index, point) in points.enumerated() {
            guard point.value != nil else {
                if previous != nil { missedOne = true }
                continue
            }
            if let previous {
                let skipsPeriods = step.map { $0 > 0 && point.x - points[previous].x > $0 * 1.5 } ?? false
                joins.append(LineJoin(from: previous, to: index, bridgesGap: missedOne || skipsPeriods))
            }
            previous = index
            missedOne = false
        }
        return joins
    }
}

extension LineSeries {
    /// The gaps of the line: pairs of neighbouring values with periods without a value between them.
    var gaps: [(from: LinePoint, to: LinePoint)] {
        let points = sortedPoints
        return LineJoin.joins(points, step: step).filter(\.bridgesGap).map { (points[$0.from], points[$0.to]) }
    }
}
