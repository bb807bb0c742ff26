import SiteModel

/// Open SDG's `Value` cells written as Almanac values (plain decimals, exactly as published).
///
/// Open SDG reads values as floats, so repositories hold what a spreadsheet or pandas wrote: `12.0`, `1e-05`,
/// `.5`. Those have one meaning and are rewritten without changing the number (`1e-05` → `0.00001`, `.5` → `0.5`,
/// `+3` → `3`, `007` → `7`); `12.0` keeps its zero, as Almanac keeps values as written. A thousands separator, a
/// unit or a word is refused: `1,234` may be a decimal comma.
enum OpenSDGValue {
    enum Refusal: String, Error, Hashable, Sendable {
        case notANumber = "Value is not a number"
    }

    static func map(_ cell: String) -> Result<DecimalValue?, Refusal> {
        var text = cell.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || ["nan", "na", "n/a", ".."].contains(text.lowercased()) { return .success(nil) }
        if let exponentIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let exponent = Int(text[text.index(after: exponentIndex)...]) else { return .failure(.notANumber) }
            guard let expanded = expand(String(text[..<exponentIndex]), exponent: exponent) else {
                return .failure(.notANumber)
            }
            text = expanded
        }
        var negative = false
        if text.hasPrefix("+") || text.hasPrefix("-") {
            negative = text.hasPrefix("-")
            text.removeFirst()
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            text.filter({ $0 == "." }).count <= 1
        else { return .failure(.notANumber) }
        var (whole, fraction) = split(text)
        whole = String(whole.drop { $0 == "0" })
        if whole.isEmpty { whole = "0" }
        if fraction == "" { fraction = nil }
        let written = (negative ? "-" : "") + whole + (fraction.map { ".\($0)" } ?? "")
        guard let value = DecimalValue(written == "-0" ? "0" : written) else { return .failure(.notANumber) }
        return .success(value)
    }

    private static func split(_ text: String) -> (whole: String, fraction: String?) {
        guard let dot = text.firstIndex(of: ".") else { return (text, nil) }
        return (String(text[..<dot]), String(text[text.index(after: dot)...]))
    }

    /// `1.5` with exponent `-5` → `0.000015`, by moving the point in the digits (no float in between).
    private static func expand(_ mantissa: String, exponent: Int) -> String? {
        guard abs(exponent) <= 40 else { return nil }
        var sign = ""
        var digits = mantissa
        if digits.hasPrefix("-") || digits.hasPrefix("+") {
            sign = digits.hasPrefix("-") ? "-" : ""
            digits.removeFirst()
        }
        let (whole, fraction) = split(digits)
        let all = whole + (fraction ?? "")
        guard !all.isEmpty, all.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let point = whole.count + exponent
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + all }
        if point >= all.count { return sign + all + String(repeating: "0", count: point - all.count) }
        return sign + all.prefix(point) + "." + all.dropFirst(point)
    }
}

/// Observation status (SDMX `OBS_STATUS` codes, or the words Open SDG repositories write) as an Almanac flag.
///
/// Statuses without a flag of their own (`Low reliability`, `Definition differs`) are kept as a footnote.
enum OpenSDGStatus {
    enum Mapped: Hashable, Sendable {
        case normal
        case flag(ObservationFlag)
        case note(String)
    }

    static func map(_ cell: String) -> Mapped {
        let text = cell.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        if lower.isEmpty || ["a", "normal", "normal value"].contains(lower) { return .normal }
        if ["e", "estimate", "estimated", "estimated value"].contains(lower) { return .flag(.estimated) }
        if ["p", "provisional", "provisional value"].contains(lower) { return .flag(.provisional) }
        if ["f", "forecast", "forecast value"].contains(lower) { return .flag(.forecast) }
        if ["b", "break", "time series break", "break in series"].contains(lower) { return .flag(.breakInSeries) }
        if ["m", "o", "missing", "missing value", "missing data"].contains(lower) || lower.hasPrefix("missing value;")
        {
            return .flag(.missing)
        }
        return .note(text)
    }
}
