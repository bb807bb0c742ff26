/// A `DecimalValue?` in 9 bytes instead of 24 and a heap text: the digits as an integer and the count of
/// decimals, from which the text and the `Double` are rebuilt exactly.
///
/// The text is rebuilt digit for digit (`3.10` keeps its zero, `-0` its sign); the `Double` as
/// `digits / 10^decimals`, which is the correctly rounded value of the text — what `Double(text)` gives — as long
/// as both operands are exact doubles (digits ≤ 2⁵³, decimals ≤ 22). A value beyond that (rare: a 17-digit
/// figure) is kept whole in the column store's overflow list, and `magnitude` is its position there.
struct PackedDecimal: Hashable, Sendable {
    /// The digits without sign or point, or the position in the overflow list.
    var magnitude: UInt64
    /// `none`, `overflow`, or the count of decimals (0…22) with `negative` set for a leading `-`.
    var scale: UInt8

    static let none: UInt8 = 0xFF
    static let overflow: UInt8 = 0xFE
    static let negative: UInt8 = 0x80
    static let decimalsMask: UInt8 = 0x1F
    private static let maximumDecimals = 22
    private static let maximumMagnitude: UInt64 = 1 << 53
    /// 10⁰…10²², each exact as a `Double`.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }

    static let absent = PackedDecimal(magnitude: 0, scale: none)

    /// Nil where the value does not fit (the caller keeps it in the overflow list).
    init?(_ value: DecimalValue) {
        var magnitude: UInt64 = 0
        var decimals = 0
        var negative = false
        var seenPoint = false
        for byte in value.text.utf8 {
            switch byte {
            case UInt8(ascii: "-"):
                negative = true
            case UInt8(ascii: "."):
                seenPoint = true
            default:
                let (times10, overflowed) = magnitude.multipliedReportingOverflow(by: 10)
                guard !overflowed else { return nil }
                magnitude = times10 + UInt64(byte &- UInt8(ascii: "0"))
                guard magnitude <= Self.maximumMagnitude else { return nil }
                if seenPoint { decimals += 1 }
            }
        }
        guard decimals <= Self.maximumDecimals else { return nil }
        self.magnitude = magnitude
        scale = UInt8(decimals) | (negative ? Self.negative : 0)
    }

    init(magnitude: UInt64, scale: UInt8) {
        self.magnitude = magnitude
        self.scale = scale
    }

    /// The value packed by `init(_:)`; only for a scale that is neither `none` nor `overflow`.
    var value: DecimalValue {
        DecimalValue(text: text, doubleValue: doubleValue)
    }

    var doubleValue: Double {
        let decimals = Int(scale & Self.decimalsMask)
        let unsigned = decimals == 0 ? Double(magnitude) : Double(magnitude) / Self.powersOfTen[decimals]
        return scale & Self.negative != 0 ? -unsigned : unsigned
    }

    /// Written from the last digit backwards into a string of the exact length, so a text of up to 15 bytes
    /// (nearly every figure) is a small string, with no allocation.
    var text: String {
        let decimals = Int(scale & Self.decimalsMask)
        let negative = scale & Self.negative != 0
        var digitCount = 1
        var rest = magnitude / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let written = Swift.max(digitCount, decimals + 1)
        let length = written + (decimals > 0 ? 1 : 0) + (negative ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var rest = magnitude
            var end = length
            for index in 0..<written {
                if index == decimals && decimals > 0 {
                    end -= 1
                    buffer[end] = UInt8(ascii: ".")
                }
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if negative { buffer[0] = UInt8(ascii: "-") }
            return length
        }
    }
}
