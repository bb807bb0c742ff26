import SiteModel

extension RegionHierarchy {
    /// The direct subdivisions of `parent` by part of its subdivision page's table, in the order of `regions.csv`;
    /// empty where one page holds them all (`PageLimits.regionsPerPart` or fewer). Like the pages themselves, the
    /// parts depend on `regions.csv` alone, never on which values are present.
    func subdivisionParts(of parent: RegionCode, size: Int = PageLimits.regionsPerPart) -> [[RegionCode]] {
        let children = self.children[parent] ?? []
        guard size > 0, children.count > size else { return [] }
        return stride(from: 0, to: children.count, by: size).map { start in
            Array(children[start..<min(start + size, children.count)])
        }
    }
}
