import SiteModel

/// Which regions' headline series of an indicator differ between two loads of the site: a rebuild after an edit
/// of a data file renders again only the region profiles whose `InputName.headlineSeries` changed.
///
/// A series is compared as a whole — every field of every headline row but its line number, in period order —
/// so whatever a profile reads of it is covered.
public enum HeadlineChanges {
    /// Nil where the two loads cannot be compared series by series (the indicator or its data is new or gone, or
    /// its headline is chosen differently): then every part of the data file counts as changed.
    public static func regions(of indicator: IndicatorID, from old: Site, to new: Site) -> Set<RegionCode>? {
        guard let oldIndicator = old.indicatorIndex[indicator], let newIndicator = new.indicatorIndex[indicator],
            oldIndicator.headline == newIndicator.headline, let oldData = old.data[indicator],
            let newData = new.data[indicator]
        else { return nil }
        let before = series(oldData.headline(oldIndicator.headline))
        let after = series(newData.headline(newIndicator.headline))
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
    }

    private static func series(_ observations: [Observation]) -> [RegionCode: [Observation]] {
        var byRegion: [RegionCode: [Observation]] = [:]
        for var observation in observations {
            observation.line = 0
            byRegion[observation.region, default: []].append(observation)
        }
        return byRegion.mapValues { $0.sorted { $0.period < $1.period } }
    }
}
