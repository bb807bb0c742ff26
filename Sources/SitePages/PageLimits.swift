/// The sizes that keep every page usable on a phone — about 200 KB at most — however many regions a site has.
///
/// A statistics office publishes a long list of regions as a map, the two ends of the ranking and a table in parts,
/// not as one chart of a hundred bars; so do these pages (`docs/architecture.md`, "Pages at any scale"). Below the
/// limits nothing changes: the Gansu example, with 14 prefectures, never reaches them.
enum PageLimits {
    /// Direct subdivisions one subdivision page shows in its table, and the regions a chart of one period draws as
    /// bars. A region with more gets an overview page (its chart, bars and map) and its every-value table in numbered
    /// parts of this many subdivisions each; a bar chart of more regions draws the ends of the ranking.
    /// At 40, a part of 20 years weighs about 30 KB, and 40 bars drawn wide and narrow about 40 KB.
    static let regionsPerPart = 40

    /// Bars drawn at each end of a ranking longer than `regionsPerPart`, besides the regions it is read against.
    static let barsAtEachEnd = 10

    /// Indicators the indicator index lists row by row. A site with more keeps on the index its status summary and,
    /// per topic, the count of its indicators and of their statuses, and lists each topic's rows on a page of its
    /// own (`Route.topic`). At about 1.3 KB a row with its sparkline, 100 rows weigh about 130 KB.
    static let indicatorsPerIndex = 100

    /// Regions the search page's A–Z lists, for a reader without JavaScript. A site with more lists there the regions
    /// the region index lists (`SiteContext.indexedRegions`); the others are on their parent's profile, and the
    /// search finds every one. At about 60 B a link, 1,000 regions weigh about 60 KB.
    static let regionsInAToZ = 1_000
}
