import SiteModel

/// `value.exceeds-bound`: a value its unit cannot hold (the bulletin's 106.32 % test rate).
enum BoundRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData {
            guard let bounds = UnitBounds.of(indicator.unit) else { continue }
            // The number is read from its column: only a row found is built whole.
            for position in data.observations.indices {
                guard let number = data.observations.doubleValue(at: position) else { continue }
                let limit: String
                if let highest = bounds.highest, number > highest {
                    limit = "over \(Int(highest)), the most \(bounds.what) can be"
                } else if let lowest = bounds.lowest, number < lowest {
                    limit = "below \(Int(lowest)), the least \(bounds.what) can be"
                } else {
                    continue
                }
                let row = data.observations[position]
                guard let value = row.value else { continue }
                findings.append(
                    context.finding(
                        .valueExceedsBound,
                        "\(indicator.id.rawValue) \(context.describe(row)): value \(value.text) is \(limit) (unit \(indicator.unit))",
                        row: row, in: data,
                        hint: "check the figure against its source; where it is right (a gross ratio can pass 100), "
                            + "add value.exceeds-bound to the row's acknowledged column"))
            }
        }
        return findings
    }
}
