/// Writes coordinates deterministically: rounded half away from zero to two decimals, trailing zeros dropped,
/// never "-0", and never NaN or infinity (those become 0; inputs are cleaned before layout).
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard hundredths.magnitude < 1e15 else { return "0" }
        let scaled = Int64(hundredths)
        if scaled == 0 { return "0" }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
