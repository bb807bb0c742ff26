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
        let before = cells(oldRows)
        let after = cells(newRows)
        var parts: Set<String> = []
        for key in Set(before.keys).union(after.keys) where before[key] != after[key] {
            parts.insert(regionPart(key.region))
            parts.insert(periodPart(key.period))
        }
        if valuedPeriods(oldRows) != valuedPeriods(newRows) { parts.insert(periodsPart) }
        return parts
    }

    static func regionPart(_ region: RegionCode) -> String { "region=\(region)" }
    static func periodPart(_ period: Period) -> String { "period=\(period.text)" }

    private struct Cell: Hashable {
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
