@testable import ContentLoading
import FuzzSupport
import SiteModel

/// The parsers of single cells: periods, decimal values, whole numbers and ISO dates, each checked against
/// what its documentation promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    if let period = Period(text) {
        fuzzExpect(period.text == text, "a period keeps its text")
        fuzzExpect((1...12).contains(period.startMonth), "a period starts in a month 1–12")
        fuzzExpect(period.endYear >= period.startYear, "a period ends after it starts")
        fuzzExpect(Period(period.text) == period, "a period reads back the same")
        _ = period.timeValue
    }
    let decimal = DecimalValue(text)
    fuzzExpect((decimal != nil) == isPlainDecimal(text), "DecimalValue accepts exactly the plain form")
    if let decimal {
        fuzzExpect(decimal.text == text, "a decimal keeps its text")
        fuzzExpect(decimal.decimals >= 0 && decimal.decimals < text.utf8.count, "decimals lie inside the text")
        fuzzExpect(!decimal.doubleValue.isNaN, "a decimal is a number")
    }
    if let number = nonNegativeInteger(text) {
        fuzzExpect(number >= 0 && String(number).count <= text.count, "a whole number is not negative")
    }
    if ISODate.isValid(text) {
        fuzzExpect(text.utf8.count == 10, "an ISO date is YYYY-MM-DD")
    }
    return 0
}

/// The plain form of `DecimalValue`, written independently: `-?(0|[1-9][0-9]*)(\.[0-9]+)?`.
private func isPlainDecimal(_ text: String) -> Bool {
    var rest = Substring(text)
    if rest.first == "-" { rest = rest.dropFirst() }
    let isDigit: (Character) -> Bool = { ("0"..."9").contains($0) && $0.isASCII }
    let whole = rest.prefix(while: isDigit)
    guard !whole.isEmpty, whole == "0" || whole.first != "0" else { return false }
    rest = rest.dropFirst(whole.count)
    guard !rest.isEmpty else { return true }
    guard rest.first == "." else { return false }
    let fraction = rest.dropFirst()
    return !fraction.isEmpty && fraction.allSatisfy(isDigit)
}
