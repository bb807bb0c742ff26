import ContentLoading
import Foundation
@testable import SitePages
import SiteModel
import TestSupport
import Testing

/// The headline index holds each indicator's headline rows as one array of positions cut by region: every series it
/// gives must be the one a scan of the rows finds (`IndicatorData.headlineSeries`), whatever the order of the file's
/// rows, and a region the data has but `regions.csv` does not list keeps its series out of the every-region list.
@Suite struct HeadlineIndexTests {
    private func exampleSite() throws -> Site {
        try ContentLoader(
            contentDirectory: PackagePaths.root.appendingPathComponent("content"), displayPath: "content"
        ).load().site
    }

    private func expectScans(_ site: Site, _ index: HeadlineIndex, unlisted: [RegionCode] = []) {
        var compared = 0
        for indicator in site.indicators {
            guard let data = site.data[indicator.id] else { continue }
            for code in site.regions.map(\.code) + unlisted {
                let series = index.series(of: indicator.id, for: code)
                #expect(series == data.headlineSeries(for: code, indicator.headline), "\(indicator.id) \(code)")
                compared += series.count
            }
            let everyRegion = site.regions.flatMap { data.headlineSeries(for: $0.code, indicator.headline) }
            #expect(index.observations(of: indicator.id) == everyRegion, "\(indicator.id)")
            let periods = Set(data.headline(indicator.headline).map(\.period)).sorted()
            #expect(index.periods(of: indicator.id) == periods)
            // The regions with a value, in the order of `regions.csv`: those a scan of their series finds.
            let withValue = site.regions.map(\.code).filter {
                data.headlineSeries(for: $0, indicator.headline).contains { $0.value != nil }
            }
            #expect(index.regionsWithValue(of: indicator.id) == withValue, "\(indicator.id)")
            #expect(index.regionsWithValue(of: indicator.id)
                == site.regions.map(\.code).filter { index.hasValue(of: indicator.id, for: $0) })
        }
        #expect(compared > 100)
    }

    @Test func seriesAreThoseOfAScan() throws {
        let site = try exampleSite()
        expectScans(site, HeadlineIndex(site: site))
    }

    /// Rows newest first and regions interleaved: each region's series is still sorted by period.
    @Test func rowsInAnyOrderGiveSortedSeries() throws {
        var site = try exampleSite()
        for (id, data) in site.data {
            var reordered = data
            reordered.observations = ObservationColumns(data.observations.reversed())
            site.data[id] = reordered
        }
        expectScans(site, HeadlineIndex(site: site))
    }

    @Test func aRegionNotListedKeepsItsSeriesOutOfTheListOfAll() throws {
        var site = try exampleSite()
        let removed = try #require(site.regions.last?.code)
        site.regions.removeLast()
        let index = HeadlineIndex(site: site)
        expectScans(site, index, unlisted: [removed])
        #expect(site.indicators.contains { !index.series(of: $0.id, for: removed).isEmpty })
    }
}
