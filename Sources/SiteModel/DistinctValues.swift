/// Positions of values in a table of distinct ones, given in order of first appearance: how the columns of a data
/// file store its regions, periods and details once each.
///
/// The next row usually repeats the last value or takes the table's next entry (a region's years in order, the same
/// years for the next region), so both are tried before hashing.
struct DistinctValues<Value: Hashable & Sendable>: Sendable {
    private var positions: [Value: UInt32] = [:]
    private var last: (value: Value, position: Int)?

    /// The position of `value` in `table`, appended to it on first appearance.
    mutating func position(of value: Value, in table: inout [Value]) -> UInt32 {
        if let last {
            if last.value == value { return UInt32(last.position) }
            let next = last.position + 1 < table.count ? last.position + 1 : 0
            if table[next] == value {
                self.last = (value, next)
                return UInt32(next)
            }
        }
        let position = positions[value] ?? {
            let new = UInt32(table.count)
            table.append(value)
            positions[value] = new
            return new
        }()
        last = (value, Int(position))
        return position
    }
}
