import SiteModel

/// The values a unit can hold: a percentage of a whole is at most 100, a rate per 1,000 at most 1,000, a count
/// or an amount of money never negative. Units a site adds in `site.yml` have no known bounds.
struct UnitBounds {
    var lowest: Double?
    var highest: Double?
    /// How messages name what the unit measures (`a percentage`).
    var what: String

    static func of(_ unit: String) -> UnitBounds? {
        switch unit {
        case "percent": UnitBounds(lowest: 0, highest: 100, what: "a percentage")
        case "per_mille": UnitBounds(lowest: 0, highest: 1_000, what: "a rate per 1,000")
        case "per_100k": UnitBounds(lowest: 0, highest: 100_000, what: "a rate per 100,000")
        case "count", "ten_thousand": UnitBounds(lowest: 0, highest: nil, what: "a count")
        case "years": UnitBounds(lowest: 0, highest: nil, what: "a number of years")
        case "yuan", "ten_thousand_yuan", "hundred_million_yuan": UnitBounds(lowest: 0, highest: nil, what: "an amount of money")
        case "ratio": UnitBounds(lowest: 0, highest: nil, what: "a ratio")
        default: nil
        }
    }
}

/// `value.exceeds-bound`: a value its unit cannot hold (the bulletin's 106.32 % test rate).
enum BoundRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData {
            guard let bounds = UnitBounds.of(indicator.unit) else { continue }
            for row in data.observations {
                guard let value = row.value else { continue }
                let limit: String
                if let highest = bounds.highest, value.doubleValue > highest {
                    limit = "over \(Int(highest)), the most \(bounds.what) can be"
                } else if let lowest = bounds.lowest, value.doubleValue < lowest {
                    limit = "below \(Int(lowest)), the least \(bounds.what) can be"
                } else {
                    continue
                }
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
