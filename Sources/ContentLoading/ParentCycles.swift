/// Finds the items whose chain of parents comes back to themselves, which would make any tree walk endless.
///
/// Linear: each item is followed up its chain once; `order` fixes the order of the result.
func itemsInParentCycles<ID: Hashable>(_ parents: [ID: ID], order: [ID]) -> [ID] {
    var marks: [ID: ParentWalkMark] = [:]
    var inCycle: Set<ID> = []
    for start in order where marks[start] == nil {
        var path: [ID] = []
        var current: ID? = start
        while let item = current, marks[item] == nil {
            marks[item] = .visiting
            path.append(item)
            current = parents[item]
        }
        if let item = current, marks[item] == .visiting, let loopStart = path.firstIndex(of: item) {
            inCycle.formUnion(path[loopStart...])
        }
        for item in path { marks[item] = .done }
    }
    return order.filter { inCycle.contains($0) }
}

private enum ParentWalkMark {
    case visiting, done
}
