/// A decimal number as its ASCII digits, so rounding happens on the digits people read rather than on binary
/// floating point (2.675 rounds to 2.68, as written). Every value label, tick and table cell of a chart is made
/// through it, so it works on bytes, not on characters.
struct DecimalDigits: Equatable {
    var negative: Bool
    /// At least one digit, without leading zeros except a single "0".
    var integer: [UInt8]
    var fraction: [UInt8]

    private static let zero = UInt8(ascii: "0")

    /// The shortest decimal form of `value` (Swift's round-trip description); nil for NaN and infinities.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        var text = Array(value.magnitude.description.utf8)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
            text.removeSubrange(e...)
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(text.count + 2)
        var wholeCount: Int?
        for byte in text {
            if byte == UInt8(ascii: ".") { wholeCount = wholeCount ?? digits.count } else { digits.append(byte) }
        }
        var point = (wholeCount ?? digits.count) + exponent
        if point < 0 {
            digits.insert(contentsOf: repeatElement(Self.zero, count: -point), at: 0)
            point = 0
        }
        if point > digits.count { digits.append(contentsOf: repeatElement(Self.zero, count: point - digits.count)) }
        var fraction = Array(digits[point...])
        while fraction.last == Self.zero { fraction.removeLast() }
        self.init(negative: value < 0, integer: Array(digits[..<point]), fraction: fraction)
    }

    /// Parses a plain decimal as written ("-12.50"), keeping trailing zeros; nil for anything else.
    init?(plain text: String) {
        var body = Array(text.utf8)[...]
        let negative = body.first == UInt8(ascii: "-")
        if negative { body = body.dropFirst() }
        let halves = body.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let isDigit = { (byte: UInt8) in (Self.zero...UInt8(ascii: "9")).contains(byte) }
        guard halves.count <= 2, !halves[0].isEmpty, halves.allSatisfy({ $0.allSatisfy(isDigit) }),
            halves.count == 1 || !halves[1].isEmpty
        else { return nil }
        self.init(negative: negative, integer: Array(halves[0]), fraction: halves.count > 1 ? Array(halves[1]) : [])
    }

    init(negative: Bool, integer: [UInt8], fraction: [UInt8]) {
        let firstSignificant = integer.firstIndex { $0 != Self.zero }
        self.integer = firstSignificant.map { Array(integer[$0...]) } ?? [Self.zero]
        self.fraction = fraction
        self.negative = negative
    }

    /// Rounded half away from zero to exactly `decimals` places; a result of zero is never negative.
    func rounded(toDecimals decimals: Int) -> DecimalDigits {
        let roundUp = fraction.count > decimals && fraction[decimals] >= UInt8(ascii: "5")
        var all = integer
        all.reserveCapacity(integer.count + decimals + 1)
        all.append(contentsOf: fraction.prefix(decimals))
        if fraction.count < decimals { all.append(contentsOf: repeatElement(Self.zero, count: decimals - fraction.count)) }
        if roundUp {
            var index = all.count - 1
            while index >= 0 {
                if all[index] == UInt8(ascii: "9") {
                    all[index] = Self.zero
                    index -= 1
                } else {
                    all[index] += 1
                    break
                }
            }
            if index < 0 { all.insert(UInt8(ascii: "1"), at: 0) }
        }
        let isZero = all.allSatisfy { $0 == Self.zero }
        return DecimalDigits(negative: negative && !isZero, integer: Array(all.prefix(all.count - decimals)),
                             fraction: Array(all.suffix(decimals)))
    }
}
