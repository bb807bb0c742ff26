import ContentChecks
import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

/// Checks that reuse earlier findings of unchanged indicators find exactly what checks from scratch find.
@Suite struct IndicatorCheckCacheTests {
    @Test func findingsWithACacheAreThoseWithout() throws {
        let hospital = "data/hospital-delivery-rate.csv"
        let overHundred = ContentFixture.minimal().replacing("620000,2020,99.6", with: "620000,2020,120.6", in: hospital)
        let asCount = overHundred.replacing(
            "Hospital delivery rate,percent", with: "Hospital delivery rate,count", in: "indicators.csv")
        let otherHome = ContentFixture.minimal().replacing("home_region: \"620000\"", with: "home_region: \"620900\"", in: "site.yml")
        let states: [ContentFixture] = [.minimal(), overHundred, asCount, overHundred, .minimal(), otherHome, .minimal()]
        let dataFiles = DataFileCache()
        let checks = IndicatorCheckCache()
        var counts: [Int] = []
        try withTemporaryDirectory { root in
            let directory = root.appendingPathComponent("content")
            for state in states {
                try? FileManager.default.removeItem(at: directory)
                try state.write(to: directory)
                let loader = ContentLoader(contentDirectory: directory, displayPath: "content")
                let cached = ContentChecks.run(try loader.load(cache: dataFiles).site, cache: checks)
                let fresh = ContentChecks.run(try loader.load().site)
                #expect(cached == fresh)
                counts.append(fresh.count)
            }
        }
        #expect(counts[1] > counts[0], "the value over 100 is a finding")
        #expect(counts[2] < counts[1], "a count has no upper bound")
    }
}
