import SiteModel

extension SiteContext {
    /// The regions a bar chart of `ranked` (best first) draws where it has more than `PageLimits.regionsPerPart`
    /// besides the `kept` regions it is read against (home region, comparators, the parent of subdivisions): those,
    /// and the first and last `PageLimits.barsAtEachEnd` of the others. Nil where every bar fits: a hundred bars
    /// make a chart three screens tall, and its table (or the page's tables) lists every region anyway.
    func rankingEnds(_ ranked: [RegionCode], keeping kept: [RegionCode]) -> [RegionCode]? {
        let keptSet = Set(kept)
        let others = ranked.filter { !keptSet.contains($0) }
        guard others.count > PageLimits.regionsPerPart else { return nil }
        let ends = others.prefix(PageLimits.barsAtEachEnd) + others.suffix(PageLimits.barsAtEachEnd)
        return ranked.filter { keptSet.contains($0) || ends.contains($0) }
    }
}

extension LanguageContext {
    /// The sentence under a chart drawing only the ends of a ranking of `total` regions.
    func rankingEndsNote(total: Int) -> String {
        strings.format(
            "chart.ranking_ends", ["count": String(PageLimits.barsAtEachEnd), "total": String(total)])
    }
}
