import SiteModel

/// Which parts of an indicator's headline data differ between two loads of the site, as the `#` parts of
/// `InputName.headlineSeries` and `InputName.headlinePeriod`: a rebuild after an edit of a data file renders again
/// only the region profiles and comparison pages whose parts changed.
///
/// Rows are compared whole — every field but the line number — so whatever a page reads of a row is covered.
public enum HeadlineChanges {
    /// The part every comparison page reads: which periods have a value (its list of periods).
    public static let periodsPart = "periods"

    /// Nil where the two loads cannot be compared row by row (the indicator or its data is new or gone, or its
    /// headline is chosen differently): then every part of the data file counts as changed.
    public static func parts(of indicator: IndicatorID, from old: Site, to new: Site) -> Set<String>? {
        guard let oldIndicator = old.indicatorIndex[indicator], let newIndicator = new.indicatorIndex[indicator],
            oldIndicator.headline == newIndicator.headline, let oldData = old.data[indicator],
            let newData = new.data[indicator]
        else { return nil }
        let oldRows = oldData.headline(oldIndicator.headline)
        let newRows = newData.headline(newIndicator.headline)
        var parts: Set<String> = []
        if let changed = cellsChangedInPlace(oldRows, newRows) {
            for (_, cell) in changed {
                parts.insert(regionPart(cell.region))
                parts.insert(periodPart(cell.period))
            }
            // Which periods have a value can change only where a value appeared or went.
            let valueCameOrWent = changed.contains { (oldRows[$0.position].value == nil) != (newRows[$0.position].value == nil) }
            if valueCameOrWent, valuedPeriods(oldRows) != valuedPeriods(newRows) { parts.insert(periodsPart) }
            return parts
        }
        let before = cells(oldRows)
        let after = cells(newRows)
        for key in Set(before.keys).union(after.keys) where before[key] != after[key] {
            parts.insert(regionPart(key.region))
            parts.insert(periodPart(key.period))
        }
        if valuedPeriods(oldRows) != valuedPeriods(newRows) { parts.insert(periodsPart) }
        return parts
    }

    /// The positions and cells of the rows that differ, when both loads list the same cells in the same order —
    /// an edit of values, what an editor saving a data file mostly does — found without hashing every row; nil
    /// when rows were added, removed or moved. Then each cell's rows are compared in order, as `cells` would.
    static func cellsChangedInPlace(_ old: [Observation], _ new: [Observation]) -> [(position: Int, cell: Cell)]? {
        guard old.count == new.count else { return nil }
        var changed: [(position: Int, cell: Cell)] = []
        for position in old.indices {
            let (before, after) = (old[position], new[position])
            guard before.region == after.region, before.period == after.period else { return nil }
            var relined = after
            relined.line = before.line
            if before != relined { changed.append((position, Cell(region: before.region, period: before.period))) }
        }
        return changed
    }

    static func regionPart(_ region: RegionCode) -> String { "region=\(region)" }
    static func periodPart(_ period: Period) -> String { "period=\(period.text)" }

    struct Cell: Hashable {
        var region: RegionCode
        var period: Period
    }

    private static func cells(_ observations: [Observation]) -> [Cell: [Observation]] {
        var cells: [Cell: [Observation]] = [:]
        for var observation in observations {
            observation.line = 0
            cells[Cell(region: observation.region, period: observation.period), default: []].append(observation)
        }
        return cells
    }

    private static func valuedPeriods(_ observations: [Observation]) -> Set<Period> {
        Set(observations.filter { $0.value != nil }.map(\.period))
    }
}
