import SiteModel

/// One region's values of one combination of dimensions, in period order: what changes over time is checked on.
///
/// Held as the positions of its rows in the file's columns, with their numbers and times: at twenty million
/// observations, building an `Observation` for every row and grouping them by a dictionary of their region and
/// dimensions was most of what the series rules cost. A rule builds the rows it reports (`data.observations[p]`).
struct Series {
    /// Positions in `data.observations` of the rows with a value, in period order (rows of one period in file
    /// order).
    var positions: [Int]
    /// Each row's value as a number (`Observation.number`).
    var numbers: [Double]
    /// Each row's `Period.timeValue`.
    var times: [Double]

    /// Every series of a data file, in order of first appearance.
    static func all(in data: IndicatorData) -> [Series] {
        let rows = data.observations
        // Dimensions are read once per distinct details (0: none, so no dimensions), not once per row.
        var dimensionGroups: [[String: String]: Int] = [[:]: 0]
        var groupOfDetails = [0]
        for details in rows.distinctDetails {
            let group = dimensionGroups[details.dimensions] ?? dimensionGroups.count
            dimensionGroups[details.dimensions] = group
            groupOfDetails.append(group)
        }
        let groupCount = dimensionGroups.count
        var seriesOfKey: [Int: Int] = [:]
        var positions: [[Int]] = []
        // Rows of one series usually follow each other: the key of the last row spares most look-ups.
        var lastKey = -1
        var lastSeries = 0
        for position in rows.indices where rows.hasValue(at: position) {
            let key = rows.regionPosition(at: position) * groupCount + groupOfDetails[rows.detailsPosition(at: position)]
            if key != lastKey {
                lastKey = key
                if let found = seriesOfKey[key] {
                    lastSeries = found
                } else {
                    lastSeries = positions.count
                    seriesOfKey[key] = lastSeries
                    positions.append([])
                }
            }
            positions[lastSeries].append(position)
        }
        let ranks = periodRanks(of: rows)
        let times = rows.distinctPeriods.map(\.timeValue)
        return positions.map { unsorted in
            let sorted = inPeriodOrder(unsorted, of: rows, ranks: ranks)
            return Series(
                positions: sorted, numbers: sorted.map { rows.doubleValue(at: $0) ?? 0 },
                times: sorted.map { times[rows.periodPosition(at: $0)] })
        }
    }

    /// The rank of each of the file's distinct periods in the order `Period.<` gives them: rows compared by the
    /// rank of their period sort as they would by their periods, without comparing periods again.
    static func periodRanks(of rows: ObservationColumns) -> [Int] {
        let periods = rows.distinctPeriods
        var ranks = [Int](repeating: 0, count: periods.count)
        for (rank, index) in periods.indices.sorted(by: { periods[$0] < periods[$1] }).enumerated() { ranks[index] = rank }
        return ranks
    }

    /// `positions` sorted by period, as sorting their rows by period would (the sort is stable, and rows of one
    /// period keep their order); left as they are where they already are in order, as they mostly are.
    static func inPeriodOrder(_ positions: [Int], of rows: ObservationColumns, ranks: [Int]) -> [Int] {
        let rank = { (position: Int) in ranks[rows.periodPosition(at: position)] }
        let isSorted = zip(positions, positions.dropFirst()).allSatisfy { rank($0) <= rank($1) }
        return isSorted ? positions : positions.sorted { rank($0) < rank($1) }
    }

    /// The indices (into `positions`) of each pair of consecutive values (gaps skipped): the steps a change is
    /// judged on.
    var steps: [(before: Int, after: Int)] {
        positions.indices.dropFirst().map { ($0 - 1, $0) }
    }
}
