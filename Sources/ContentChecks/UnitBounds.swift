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
