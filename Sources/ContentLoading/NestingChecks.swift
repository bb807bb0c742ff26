import SiteModel

/// How many levels topics and regions may nest. Real plans have two or three levels of topics and regions
/// six (country to village); twenty leaves room for any real file while keeping breadcrumbs, tree walks and
/// pages of nested lists small.
let maximumNestingDepth = 20

extension LoadState {
    /// Reports the items whose parents loop back to themselves, and the items nested deeper than
    /// `maximumNestingDepth` — each branch once, at the first item too deep — at their `parent` cells.
    mutating func checkNesting<ID: Hashable>(
        _ parents: [ID: ID], order: [ID], parentCells: [ID: CSVCell], what: String, name: (ID) -> String,
        in path: String
    ) {
        let looping = itemsInParentCycles(parents, order: order)
        for id in looping {
            if let cell = parentCells[id] {
                error("\(what) \(quoted(name(id))) is its own ancestor through its parents", at: cell, in: path)
            }
        }
        let loopingSet = Set(looping)
        let depths = nestingDepths(parents.filter { !loopingSet.contains($0.key) }, of: order)
        for id in order where depths[id] == maximumNestingDepth + 1 {
            if let cell = parentCells[id] {
                error(
                    "\(what) \(quoted(name(id))) is nested \(maximumNestingDepth + 1) levels deep; at most \(maximumNestingDepth) are allowed",
                    at: cell, in: path)
            }
        }
    }
}
