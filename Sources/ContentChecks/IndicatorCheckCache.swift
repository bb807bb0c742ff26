import Foundation
import SiteModel

/// The findings of the rules that read one indicator and its data at a time (bounds, outliers, unit slips,
/// target statuses and years), kept from one run of the checks to the next: a rebuild after an edit of one data
/// file checks that indicator again, not a million observations.
///
/// Findings are reused only where the indicator's row, its data and what the findings quote besides (the home
/// region, the languages of notes, the region codes) are equal to those they were found on. Comparing data that
/// a reload took over from the previous one (`DataFileCache`) costs nothing: arrays that share their storage are
/// equal at once.
public final class IndicatorCheckCache: @unchecked Sendable {
    struct Key: Equatable {
        var indicator: Indicator
        var data: IndicatorData?
        var homeRegion: RegionCode
        var languages: [LanguageCode]
        var regions: [RegionCode]

        init(site: Site, indicator: Indicator) {
            self.indicator = indicator
            data = site.data[indicator.id]
            homeRegion = site.settings.homeRegion
            languages = site.settings.languages
            regions = site.regions.map(\.code)
        }
    }

    private let lock = NSLock()
    private var kept: [IndicatorID: (key: Key, findings: [Diagnostic])] = [:]

    public init() {}

    func findings(for key: Key) -> [Diagnostic]? {
        lock.withLock {
            guard let entry = kept[key.indicator.id], entry.key == key else { return nil }
            return entry.findings
        }
    }

    /// Keeps `found` in place of what was kept before.
    func keep(_ found: [(Key, [Diagnostic])]) {
        lock.withLock {
            kept = Dictionary(found.map { ($0.0.indicator.id, ($0.0, $0.1)) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
