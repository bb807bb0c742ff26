/// Writes coordinates deterministically: rounded half away from zero to two decimals, trailing zeros dropped,
/// never "-0", and never NaN or infinity (those become 0; inputs are cleaned before layout).
enum SVGNumber {
    /// `value` as text, for the few numbers that are part of a longer text (`"0.32em"`, a year label).
    static func format(_ value: Double) -> String {
        withDigits(of: value) { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends `value` as `format` writes it: every coordinate of every chart comes through here, straight into
    /// the chart's bytes, with no string in between.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        withDigits(of: value) { bytes.append(contentsOf: $0) }
    }

    /// The value `format` writes, in hundredths: two numbers write the same text exactly when these are equal.
    static func hundredths(_ value: Double) -> Int64 {
        guard value.isFinite else { return 0 }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard hundredths.magnitude < 1e15 else { return 0 }
        return Int64(hundredths)
    }

    /// The digits are written backwards into a small stack buffer (at most 17 bytes), handed to `body`.
    private static func withDigits<Result>(of value: Double, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
        -> Result
    {
        let scaled = hundredths(value)
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
            return body(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }
}
