import SiteModel

/// Where each indicator's headline observations are, per region and sorted by period, found once per build:
/// pages ask for them thousands of times (every region × every indicator), so scanning an indicator's rows on
/// each question would make a national site quadratic. Positions, not copies, keep the index small: one flat
/// array of row positions per indicator, cut by region, and one cut by period — 8 bytes a headline observation
/// beside the 14 of its columns; a dictionary of arrays per (indicator, region) took several times that at
/// 3,000 regions.
struct HeadlineIndex: Sendable {
    private let site: Site
    /// Each region's place in `regions.csv` (the first, for a code listed twice): where its rows are in an
    /// entry's `positions`.
    private let places: [RegionCode: Int]
    private let indicators: [IndicatorID: Entry]

    /// One indicator's headline rows.
    private struct Entry: Sendable {
        /// What the entry was found in: an entry is kept for a site whose indicator has the same headline and data.
        var headline: [String: String]
        var data: IndicatorData
        /// Positions of the headline rows, by region in the order of `regions.csv` (then regions it does not
        /// list, in order of first appearance), each region's sorted by period.
        var positions: [Int32]
        /// Where each place's rows start in `positions`, and where the last ends.
        var starts: [Int32]
        /// Places of the regions of the data that `regions.csv` does not list (none in a site that loaded).
        var unlisted: [RegionCode: Int]
        /// Periods in which any region has a headline value, oldest first: each comparison page lists them.
        var periodsWithValues: [Period]
        /// Periods of any headline row, oldest first.
        var periods: [Period]
        /// For each of `periodsWithValues`, the positions of its headline rows with a value, in the order of
        /// `regions.csv`, one after the other, cut by `valuedStarts`: a comparison's ranking, found without a look
        /// at every region's series. A comparison page and each subdivision page asks for one, so scanning the
        /// series each time was a few percent of a build.
        var valued: [Int32]
        var valuedStarts: [Int32]

        func rows(at place: Int) -> ArraySlice<Int32> {
            positions[Int(starts[place])..<Int(starts[place + 1])]
        }
    }

    /// - Parameter previous: the index of an earlier load, whose entries are kept for indicators whose headline
    ///   and data are unchanged: a rebuild after an edit of one data file indexes that file only. Data a reload
    ///   took over (`DataFileCache`) is the same array, so telling that it is unchanged costs nothing.
    init(site: Site, reusing previous: HeadlineIndex? = nil) {
        self.site = site
        let places = Dictionary(
            site.regions.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first })
        self.places = places
        var indicators: [IndicatorID: Entry] = [:]
        // Places and `valued` follow the order of `regions.csv`: an entry is kept only while that order is.
        let regionsKept = previous.map { $0.site.regions.map(\.code) == site.regions.map(\.code) } ?? false
        var missing: [(Indicator, IndicatorData)] = []
        for indicator in site.indicators {
            guard let data = site.data[indicator.id] else { continue }
            if regionsKept, let kept = previous?.indicators[indicator.id], kept.headline == indicator.headline,
                kept.data == data
            {
                indicators[indicator.id] = kept
                continue
            }
            missing.append((indicator, data))
        }
        // Each indicator's entry on its own, on every core: the index is made before any page renders.
        let regions = site.regions
        let made = inParallel(missing) { indicator, data in Self.entry(indicator, data, places: places, regions: regions) }
        for ((indicator, _), entry) in zip(missing, made) {
            indicators[indicator.id] = entry
        }
        self.indicators = indicators
    }

    private static func entry(
        _ indicator: Indicator, _ data: IndicatorData, places: [RegionCode: Int], regions: [Region]
    ) -> Entry {
        let observations = data.observations
        let selection = data.headlineSelection(indicator.headline)
        var rowPlaces: [Int32] = []
        var rows: [Int32] = []
        var unlisted: [RegionCode: Int] = [:]
        var withValues: Set<Period> = []
        var periods: Set<Period> = []
        // Fields read from their columns, not as `Observation`s: every row of every indicator passes here.
        for index in observations.indices {
            if !selection.isEmpty {
                let dimensions = observations.details(at: index)?.dimensions ?? [:]
                guard selection.allSatisfy({ (dimensions[$0] ?? "") == $1 }) else { continue }
            }
            let region = observations.region(at: index)
            let place =
                places[region] ?? unlisted[region]
                ?? {
                    let new = regions.count + unlisted.count
                    unlisted[region] = new
                    return new
                }()
            let period = observations.period(at: index)
            rowPlaces.append(Int32(place))
            rows.append(Int32(index))
            periods.insert(period)
            if observations.hasValue(at: index) { withValues.insert(period) }
        }
        // Rows by place (a counting sort, in file order within a place), then each place's by period.
        let placeCount = regions.count + unlisted.count
        var starts = [Int32](repeating: 0, count: placeCount + 1)
        for place in rowPlaces { starts[Int(place) + 1] += 1 }
        for place in 0..<placeCount { starts[place + 1] += starts[place] }
        var next = starts
        var positions = [Int32](repeating: 0, count: rows.count)
        for (place, row) in zip(rowPlaces, rows) {
            positions[Int(next[Int(place)])] = row
            next[Int(place)] += 1
        }
        for place in 0..<placeCount {
            let range = Int(starts[place])..<Int(starts[place + 1])
            guard range.count > 1 else { continue }
            let sorted = positions[range].enumerated().sorted { first, second in
                let (firstPeriod, secondPeriod) = (
                    observations.period(at: Int(first.element)), observations.period(at: Int(second.element))
                )
                return firstPeriod != secondPeriod ? firstPeriod < secondPeriod : first.offset < second.offset
            }
            positions.replaceSubrange(range, with: sorted.map(\.element))
        }
        let periodsWithValues = withValues.sorted()
        var entry = Entry(
            headline: indicator.headline, data: data, positions: positions, starts: starts, unlisted: unlisted,
            periodsWithValues: periodsWithValues, periods: periods.sorted(), valued: [], valuedStarts: [])
        (entry.valued, entry.valuedStarts) = valuedByPeriod(entry, places: places, regions: regions)
        return entry
    }

    /// The places of `regions.csv`'s regions in its order (a code listed twice, twice).
    private func listedPlaces() -> [Int] {
        site.regions.compactMap { places[$0.code] }
    }

    /// The headline observations of an indicator, every region, in the order of `regions.csv` then period.
    func observations(of indicator: IndicatorID) -> [Observation] {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations else { return [] }
        var observations: [Observation] = []
        observations.reserveCapacity(Int(entry.starts[site.regions.count]))
        for place in listedPlaces() {
            for position in entry.rows(at: place) { observations.append(rows[Int(position)]) }
        }
        return observations
    }

    /// The headline observations of one period that have a value, every region, in the order of `regions.csv`:
    /// a comparison's ranking, without copying the indicator's other periods.
    func valuedObservations(of indicator: IndicatorID, in period: Period) -> [Observation] {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations,
            let index = entry.periodsWithValues.firstIndex(of: period)
        else { return [] }
        return entry.valued[Int(entry.valuedStarts[index])..<Int(entry.valuedStarts[index + 1])].map { rows[Int($0)] }
    }

    /// `valuedObservations(of:in:)` of `regions` alone, in the order of `regions.csv`: a subdivision page ranks a
    /// region's few subdivisions, and building every region's observation to keep a handful was most of its
    /// ranking at national scale. Each region's rows are sorted by period, so its rows of `period` are found by a
    /// binary search.
    func valuedObservations(of indicator: IndicatorID, in period: Period, regions: [RegionCode]) -> [Observation] {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations else { return [] }
        var observations: [Observation] = []
        for place in Set(regions.compactMap { places[$0] }).sorted() {
            let series = entry.rows(at: place)
            var low = series.startIndex
            var high = series.endIndex
            while low < high {
                let middle = (low + high) / 2
                if rows.period(at: Int(series[middle])) < period { low = middle + 1 } else { high = middle }
            }
            for position in series[low...] {
                guard rows.period(at: Int(position)) == period else { break }
                if rows.hasValue(at: Int(position)) { observations.append(rows[Int(position)]) }
            }
        }
        return observations
    }

    /// The flags of the headline rows of `regions`, read from the flag column: a page lists the flags its table
    /// uses, and building every row of its regions for that was a copy of the table's work.
    func flags(of indicator: IndicatorID, for regions: [RegionCode]) -> Set<ObservationFlag> {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations else { return [] }
        var flags: Set<ObservationFlag> = []
        for region in regions {
            guard let place = places[region] ?? entry.unlisted[region] else { continue }
            for position in entry.rows(at: place) {
                if let flag = rows.flag(at: Int(position)) { flags.insert(flag) }
            }
        }
        return flags
    }

    /// Whether any headline row of `region` has a value, read from the value column.
    func hasValue(of indicator: IndicatorID, for region: RegionCode) -> Bool {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations,
            let place = places[region]
        else { return false }
        return entry.rows(at: place).contains { rows.hasValue(at: Int($0)) }
    }

    /// The regions of `regions.csv`, in its order, with any headline row with a value: `hasValue` of each, with
    /// the indicator's entry and rows looked up once rather than once a region (a chart of an indicator's context
    /// lines asks, and at a thousand regions the look-ups were most of it).
    func regionsWithValue(of indicator: IndicatorID) -> [RegionCode] {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations else { return [] }
        return site.regions.compactMap { region in
            guard let place = places[region.code],
                entry.rows(at: place).contains(where: { rows.hasValue(at: Int($0)) })
            else { return nil }
            return region.code
        }
    }

    /// The latest headline observation with a value of one region, built alone rather than with its whole series.
    func latest(of indicator: IndicatorID, for region: RegionCode) -> Observation? {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations,
            let place = places[region] ?? entry.unlisted[region]
        else { return nil }
        return entry.rows(at: place).last { rows.hasValue(at: Int($0)) }.map { rows[Int($0)] }
    }

    /// The positions of each period's headline rows with a value (`Entry.valued`), one period after the other,
    /// and where each period's start: each region's series is sorted by period, as `periodsWithValues` is, so one
    /// walk along both places every row without hashing a period. Reads period and value from the columns: no
    /// row is built as an observation.
    private static func valuedByPeriod(
        _ entry: Entry, places: [RegionCode: Int], regions: [Region]
    ) -> (valued: [Int32], starts: [Int32]) {
        let observations = entry.data.observations
        let periods = entry.periodsWithValues
        var buckets = [[Int32]](repeating: [], count: periods.count)
        for region in regions {
            guard let place = places[region.code] else { continue }
            var next = 0
            for position in entry.rows(at: place) {
                guard observations.hasValue(at: Int(position)) else { continue }
                let period = observations.period(at: Int(position))
                while next < periods.count && periods[next] < period { next += 1 }
                if next < periods.count && periods[next] == period {
                    buckets[next].append(position)
                } else if let index = periods.firstIndex(of: period) {
                    buckets[index].append(position)
                }
            }
        }
        var valued: [Int32] = []
        valued.reserveCapacity(buckets.reduce(0) { $0 + $1.count })
        var starts: [Int32] = [0]
        for bucket in buckets {
            valued += bucket
            starts.append(Int32(valued.count))
        }
        return (valued, starts)
    }

    /// Periods in which any region has a headline value, oldest first.
    func periodsWithValues(of indicator: IndicatorID) -> [Period] {
        indicators[indicator]?.periodsWithValues ?? []
    }

    /// Periods of any headline row of the indicator, oldest first.
    func periods(of indicator: IndicatorID) -> [Period] {
        indicators[indicator]?.periods ?? []
    }

    /// One region's headline series, sorted by period.
    func series(of indicator: IndicatorID, for region: RegionCode) -> [Observation] {
        guard let entry = indicators[indicator], let rows = site.data[indicator]?.observations,
            let place = places[region] ?? entry.unlisted[region]
        else { return [] }
        return entry.rows(at: place).map { rows[Int($0)] }
    }
}
