/// How deep each item sits in a tree given by parent links: 1 for an item without a parent, 2 for its
/// children, and so on.
///
/// Linear in the number of items however deep the tree: each walk up stops at the first item whose depth is
/// already known, and each depth is computed once. A parent that is not among `items` counts as none; on a loop
/// of parents (which the loader refuses) the walk stops where it comes back, so it always ends.
public func nestingDepths<ID: Hashable>(_ parents: [ID: ID], of items: [ID]) -> [ID: Int] {
    var depths: [ID: Int] = [:]
    depths.reserveCapacity(items.count)
    let known = Set(items)
    for start in items where depths[start] == nil {
        var path: [ID] = []
        var onPath: Set<ID> = []
        var current: ID? = start
        var base = 0
        while let item = current {
            if let depth = depths[item] {
                base = depth
                break
            }
            guard known.contains(item), onPath.insert(item).inserted else { break }
            path.append(item)
            current = parents[item]
        }
        for item in path.reversed() {
            base += 1
            depths[item] = base
        }
    }
    return depths
}
