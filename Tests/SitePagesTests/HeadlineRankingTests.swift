import ContentLoading
import Foundation
@testable import SitePages
import SiteModel
import TestSupport
import Testing

/// A period's valued headline rows come from positions found once per build; they must be exactly the rows a scan
/// of every region's series finds, in the order of `regions.csv`, also after a rebuild that reorders the regions.
@Suite struct HeadlineRankingTests {
    private func scanned(_ index: HeadlineIndex, _ indicator: IndicatorID, _ period: Period) -> [Observation] {
        index.observations(of: indicator).filter { $0.period == period && $0.value != nil }
    }

    @Test func valuedRowsOfAPeriodAreThoseOfAScanInRegionOrder() throws {
        let site = try ContentLoader(
            contentDirectory: PackagePaths.root.appendingPathComponent("content"), displayPath: "content"
        ).load().site
        let index = HeadlineIndex(site: site)
        var compared = 0
        for indicator in site.indicators {
            for period in index.periodsWithValues(of: indicator.id) {
                let found = index.valuedObservations(of: indicator.id, in: period)
                #expect(found == scanned(index, indicator.id, period), "\(indicator.id) \(period.text)")
                compared += found.count
            }
            #expect(index.valuedObservations(of: indicator.id, in: Period("1900")!).isEmpty)
        }
        #expect(compared > 100)
    }

    @Test func aRebuildWithRegionsReorderedFollowsTheNewOrder() throws {
        let site = try ContentLoader(
            contentDirectory: PackagePaths.root.appendingPathComponent("content"), displayPath: "content"
        ).load().site
        var reordered = site
        reordered.regions.reverse()
        let index = HeadlineIndex(site: reordered, reusing: HeadlineIndex(site: site))
        let indicator = try #require(site.indicators.first { !index.periodsWithValues(of: $0.id).isEmpty })
        let period = try #require(index.periodsWithValues(of: indicator.id).last)
        let found = index.valuedObservations(of: indicator.id, in: period)
        #expect(found.count > 1)
        #expect(found == scanned(index, indicator.id, period))
    }
}
