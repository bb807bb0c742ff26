/// A number kept exactly as the statistician wrote it, so `15.07` is published as `15.07`, never `15.069999`.
///
/// Only the plain form is accepted: optional leading `-`, digits, optional `.` and digits. No exponent, no
/// thousands separator, no `Inf`, no leading zero (`012.10`), which JSON forbids and spreadsheets drop. `doubleValue` serves charts and comparisons; pages print `text`.
public struct DecimalValue: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let text: String
    public let doubleValue: Double

    /// Why a text is not a value: its form, or a size no statistic has and no chart can draw.
    public enum Rejection: Error, Hashable, Sendable {
        case notPlain
        /// More than `maximumDigits` digits: no measurement is that precise, and reading on costs time.
        case tooManyDigits
        /// Beyond what a `Double` holds, so it could be neither compared nor drawn.
        case outOfRange
    }

    /// The most digits a value may have, before and after the point together.
    public static let maximumDigits = 40

    public init?(_ text: String) {
        guard case .success(let value) = Self.parse(text) else { return nil }
        self = value
    }

    /// For the column store, which rebuilds a value it packed from these same parts (`PackedDecimal`).
    init(text: String, doubleValue: Double) {
        self.text = text
        self.doubleValue = doubleValue
    }

    /// The value of `text`, or why it is none; stops at the first byte past the digit limit, so the time is
    /// bounded whatever the length of the text.
    public static func parse(_ text: String) -> Result<DecimalValue, Rejection> {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenPoint = false
        var leadingZero = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                continue
            case UInt8(ascii: "."):
                if seenPoint || digitsBefore == 0 { return .failure(.notPlain) }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint {
                    digitsAfter += 1
                } else {
                    if digitsBefore == 0 { leadingZero = byte == UInt8(ascii: "0") }
                    digitsBefore += 1
                }
                if digitsBefore + digitsAfter > maximumDigits { return .failure(.tooManyDigits) }
            default:
                return .failure(.notPlain)
            }
        }
        guard digitsBefore > 0, !(leadingZero && digitsBefore > 1), !seenPoint || digitsAfter > 0,
            let value = Double(text)
        else { return .failure(.notPlain) }
        guard value.isFinite else { return .failure(.outOfRange) }
        return .success(DecimalValue(text: text, doubleValue: value))
    }

    /// Digits after the decimal point as written (`15.07` → 2).
    public var decimals: Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }

    public var description: String { text }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.doubleValue < rhs.doubleValue }
}
