/// Places labels along one axis as close as possible to where they want to be without overlapping: a sweep
/// down pushes labels apart, a sweep up pulls them back inside the bounds (the Datawrapper-style nudge).
enum LabelStack {
    /// Centres for blocks of `heights` that want to sit at `desired` centres, kept in `bounds` with `gap` between.
    static func place(desired: [Double], heights: [Double], bounds: ClosedRange<Double>, gap: Double) -> [Double] {
        let order = desired.indices.sorted { (desired[$0], $0) < (desired[$1], $1) }
        var centres = desired
        for (rank, index) in order.enumerated() {
            var centre = max(desired[index], bounds.lowerBound + heights[index] / 2)
            if rank > 0 {
                let previous = order[rank - 1]
                centre = max(centre, centres[previous] + (heights[previous] + heights[index]) / 2 + gap)
            }
            centres[index] = centre
        }
        for (rank, index) in order.enumerated().reversed() {
            var centre = min(centres[index], bounds.upperBound - heights[index] / 2)
            if rank < order.count - 1 {
                let next = order[rank + 1]
                centre = min(centre, centres[next] - (heights[next] + heights[index]) / 2 - gap)
            }
            centres[index] = centre
        }
        return centres
    }
}
