/// Writes coordinates deterministically: rounded half away from zero to two decimals, trailing zeros dropped,
/// never "-0", and never NaN or infinity (those become 0; inputs are cleaned before layout).
enum SVGNumber {
    /// Every coordinate of every chart comes through here, so the digits are written backwards into a small
    /// stack buffer instead of by string interpolation; the result (at most 17 bytes, mostly under 16) then
    /// usually fits a small string, with no allocation at all.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard hundredths.magnitude < 1e15 else { return "0" }
        let scaled = Int64(hundredths)
        if scaled == 0 { return "0" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = buffer.count
            func prepend(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            let zero = UInt8(ascii: "0")
            var whole = scaled.magnitude / 100
            let fraction = scaled.magnitude % 100
            if fraction % 10 != 0 {
                prepend(zero + UInt8(fraction % 10))
                prepend(zero + UInt8(fraction / 10))
                prepend(UInt8(ascii: "."))
            } else if fraction != 0 {
                prepend(zero + UInt8(fraction / 10))
                prepend(UInt8(ascii: "."))
            }
            repeat {
                prepend(zero + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if scaled < 0 { prepend(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
