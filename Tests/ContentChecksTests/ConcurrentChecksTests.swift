import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

@testable import ContentChecks

/// The rules of one indicator at a time run on every core: what they find, and its order, must not depend on it.
@Suite struct ConcurrentChecksTests {
    /// The minimal fixture with `count` more indicators, each of whose data has several findings: a share over
    /// 100 %, a target met one year and missed the next, an outlier and a unit slip.
    private func manyIndicators(_ count: Int) -> ContentFixture {
        var fixture = ContentFixture.minimal()
        var rows = ""
        for number in 1...count {
            let id = "generated-\(number)"
            rows +=
                "\(id),women-health,生成\(number),Generated \(number),percent,1,higher,>=,98,2020,达到98%,98% or more,,\n"
            let jiuquan = ["20", "19.5", "19", "18.6", "18", "17.5", "\(30 + number)", "16.6", "16", "15.5"]
            let data =
                ["region,year,value,flag,note_zh,note_en,source", "620000,2018,99.1,,,,", "620000,2019,\(100 + number),,,,",
                 "620000,2020,97.5,,,,", "621100,2019,12.1,,,,", "621100,2020,121,,,,"]
                + jiuquan.enumerated().map { "620900,\(2011 + $0.offset),\($0.element),,,," }
            fixture = fixture.with("data/\(id).csv", data.joined(separator: "\n") + "\n")
        }
        let indicators = fixture.files["indicators.csv"] ?? ""
        return fixture.with("indicators.csv", indicators + rows)
    }

    private func loaded(_ fixture: ContentFixture) throws -> Site {
        try fixture.withWrittenContent { directory in
            try ContentLoader(contentDirectory: directory, displayPath: "content").load().site
        }
    }

    @Test func concurrentFindingsAreTheSerialOnesInTheSameOrder() throws {
        let site = try loaded(manyIndicators(60))
        let serial = ContentChecks.indicatorFindings(site, cache: nil, concurrently: false)
        let concurrent = ContentChecks.indicatorFindings(site, cache: nil, concurrently: true)
        #expect(concurrent == serial)
        let perIndicator = Dictionary(grouping: serial, by: \.location.file)
        #expect(perIndicator.count >= 60)
        #expect(perIndicator.values.allSatisfy { $0.count >= 3 }, "several findings per indicator")
        // Checked one indicator at a time or all at once, the sorted findings are the same.
        let allAtOnce = ContentChecks.indicatorFindings(CheckContext(site: site))
        #expect(Set(allAtOnce) == Set(concurrent))
        #expect(allAtOnce.count == concurrent.count)
    }

    @Test func theCacheIsFilledAndUsedWhenCheckingConcurrently() throws {
        let site = try loaded(manyIndicators(40))
        let cache = IndicatorCheckCache()
        let fresh = ContentChecks.run(site)
        #expect(ContentChecks.run(site, cache: cache) == fresh)
        for indicator in site.indicators {
            #expect(cache.findings(for: IndicatorCheckCache.Key(site: site, indicator: indicator)) != nil)
        }
        #expect(ContentChecks.run(site, cache: cache) == fresh)
    }
}
