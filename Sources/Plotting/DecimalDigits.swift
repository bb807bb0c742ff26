/// A decimal number as digit strings, so rounding happens on the digits people read rather than on binary
/// floating point (2.675 rounds to 2.68, as written).
struct DecimalDigits: Equatable {
    var negative: Bool
    /// At least one digit, without leading zeros except a single "0".
    var integer: String
    var fraction: String

    /// The shortest decimal form of `value` (Swift's round-trip description); nil for NaN and infinities.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        let text = value.magnitude.description
        let parts = text.lowercased().split(separator: "e")
        guard let mantissa = parts.first else { return nil }
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let halves = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(halves[0]) + (halves.count > 1 ? String(halves[1]) : "")
        var point = halves[0].count + exponent
        if point < 0 {
            digits = String(repeating: "0", count: -point) + digits
            point = 0
        }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        let index = digits.index(digits.startIndex, offsetBy: point)
        self.init(negative: value < 0, integer: String(digits[..<index]), fraction: String(digits[index...]))
        self.fraction = Self.trimmingTrailingZeros(fraction)
    }

    /// Parses a plain decimal as written ("-12.50"), keeping trailing zeros; nil for anything else.
    init?(plain text: String) {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let halves = body.split(separator: ".", omittingEmptySubsequences: false)
        guard halves.count <= 2, !halves[0].isEmpty, halves.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            halves.count == 1 || !halves[1].isEmpty
        else { return nil }
        self.init(negative: negative, integer: String(halves[0]), fraction: halves.count > 1 ? String(halves[1]) : "")
    }

    init(negative: Bool, integer: String, fraction: String) {
        let stripped = integer.drop { $0 == "0" }
        self.integer = stripped.isEmpty ? "0" : String(stripped)
        self.fraction = fraction
        self.negative = negative
    }

    /// Rounded half away from zero to exactly `decimals` places; a result of zero is never negative.
    func rounded(toDecimals decimals: Int) -> DecimalDigits {
        var fractionDigits = Array(fraction)
        let roundUp = fractionDigits.count > decimals && fractionDigits[decimals] >= "5"
        fractionDigits = Array(fractionDigits.prefix(decimals))
        fractionDigits += Array(repeating: "0", count: decimals - fractionDigits.count)
        var all = Array(integer) + fractionDigits
        if roundUp {
            var index = all.count - 1
            while index >= 0 {
                if all[index] == "9" {
                    all[index] = "0"
                    index -= 1
                } else {
                    all[index] = Character(String(all[index].wholeNumberValue! + 1))
                    break
                }
            }
            if index < 0 { all.insert("1", at: 0) }
        }
        let integerPart = String(all.prefix(all.count - decimals))
        let fractionPart = String(all.suffix(decimals))
        let isZero = all.allSatisfy { $0 == "0" }
        return DecimalDigits(negative: negative && !isZero, integer: integerPart, fraction: fractionPart)
    }

    private static func trimmingTrailingZeros(_ text: String) -> String {
        var result = Substring(text)
        while result.last == "0" { result = result.dropLast() }
        return String(result)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
