import Testing
import TestSupport

/// The observation downloads list rows by region in the order of `regions.csv`, then by period, then in the order
/// of the data file, however the data file is ordered; a region no `regions.csv` row names comes last.
@Suite struct DownloadRowOrderTests {
    static let shuffled = """
        region,year,value,area
        621100,2020,1,
        620000,2019,2,
        100000,2020,3,
        620000,2017,4,urban
        620900,2018,5,
        620000,2017,6,
        100000,2017,7,
        620000,2017,8,rural

        """

    @Test func rowsAreInRegionThenPeriodThenFileOrder() throws {
        let site = try RenderedSite.render(.minimal().with("data/maternal-mortality-ratio.csv", Self.shuffled))
        let expected = ["7", "3", "4", "6", "8", "2", "5", "1"]
        let own = CSVRows.records(try #require(site.text("data/maternal-mortality-ratio.csv")))
        #expect(own.map { $0["value"] ?? "" } == expected)
        #expect(own.map { $0["region_name_en"] ?? "" }.prefix(3) == ["China", "China", "Gansu Province"])
        let all = CSVRows.records(try #require(site.text("data/all.csv")))
        #expect(all.filter { $0["indicator_id"] == "maternal-mortality-ratio" }.map { $0["value"] ?? "" } == expected)
    }
}
