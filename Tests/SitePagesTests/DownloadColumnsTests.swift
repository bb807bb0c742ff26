@testable import SitePages
import SiteModel
import Testing

/// The dimension columns of `all.csv` gather those of every data file; many files with many dimensions each
/// must not make that step quadratic.
@Suite struct DownloadColumnsTests {
    @Test func unionKeepsFirstSeenOrder() {
        #expect(SiteContext.union([["sex", "area"], ["age", "area"], [], ["sex"]]) == ["sex", "area", "age"])
    }

    @Test func unionOfManyDimensionsIsLinear() {
        let lists = (0..<60).map { file in (0..<1_000).map { "d\(file)-\($0)" } }
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = SiteContext.union(lists).count }
        #expect(count == 60_000)
        #expect(elapsed < .seconds(2))
    }
}
