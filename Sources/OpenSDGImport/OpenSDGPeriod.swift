import SiteModel

/// Open SDG's `Year` cells written as Almanac periods (see "Periods" in docs/content-format.md).
///
/// Open SDG takes the column as text, so repositories hold every form people type. The ones with one meaning
/// are mapped; the others are refused with a reason, never guessed:
///
/// | Open SDG | Almanac | why |
/// | --- | --- | --- |
/// | `2019`, `2019.0` | `2019` | a year (the `.0` is a spreadsheet's float) |
/// | `2019Q1`, `2019 Q1`, `2019-Q1`, `Q1 2019` | `2019-Q1` | a quarter |
/// | `2019 03`, `2019-03` | `2019-03` | a month (`-03` only where it cannot be a span of years) |
/// | `2019/20`, `2019/2020`, `2019-20` | `2019/2020` | the second year follows the first: a school or fiscal year |
/// | `2019/21`, `2019-21`, `2019/2021`, `2019-2021`, `2019 to 2021` | `2019-2021` | a span of several years |
/// | `2007/08 to 2008/09`, `2002/03-2007/08` | `2007-2009` | a span of school or fiscal years, by calendar year |
///
/// A note after the period (`2016/18 (baseline)`, `2019/20 [Note 5]`) is dropped from the period and returned, so
/// the row keeps it as a footnote. `2019-2020` stays a range of two years, as Almanac reads it.
enum OpenSDGPeriod {
    enum Refusal: String, Error, Hashable, Sendable {
        case empty = "empty Year"
        case notAPeriod = "Year is not a period Almanac knows (year, quarter, month, school year or range)"
        case backwards = "Year is a span that runs backwards"
    }

    struct Mapped: Hashable, Sendable {
        var period: Period
        /// A note written after the period, such as `baseline`.
        var annotation: String?
    }

    static func map(_ cell: String) -> Result<Mapped, Refusal> {
        var text = cell.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(.empty) }
        var annotation: String?
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "[" }), text.last == ")" || text.last == "]" {
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            annotation = inner.trimmingCharacters(in: .whitespaces)
            text = text[..<open].trimmingCharacters(in: .whitespaces)
        }
        return periodText(text).flatMap { text in
            guard let period = Period(text) else { return .failure(.notAPeriod) }
            return .success(Mapped(period: period, annotation: annotation?.isEmpty == true ? nil : annotation))
        }
    }

    private static func periodText(_ text: String) -> Result<String, Refusal> {
        if let year = year(text) { return .success(String(year)) }
        if text.hasSuffix(".0"), let year = year(String(text.dropLast(2))) { return .success(String(year)) }
        if let quarter = quarter(text) { return .success(quarter) }
        // Spans of school years: `2007/08 to 2008/09`, `2002/03-2007/08`.
        for separator in [" to ", "-"] {
            let halves = text.components(separatedBy: separator)
            if halves.count == 2, halves.allSatisfy({ $0.contains("/") }),
                case .success(let first) = twoYears(halves[0].trimmingCharacters(in: .whitespaces), "/"),
                case .success(let last) = twoYears(halves[1].trimmingCharacters(in: .whitespaces), "/")
            {
                return span(first.start, last.end)
            }
        }
        let to = text.components(separatedBy: " to ")
        if to.count == 2, let first = year(to[0].trimmingCharacters(in: .whitespaces)),
            let last = year(to[1].trimmingCharacters(in: .whitespaces))
        {
            return span(first, last)
        }
        if text.contains("/") {
            return twoYears(text, "/").flatMap { years in
                years.end == years.start + 1 ? .success("\(years.start)/\(years.end)") : span(years.start, years.end)
            }
        }
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        if parts.count == 2, let year = year(String(parts[0])), let month = month(String(parts[1])) {
            return .success("\(year)-\(month)")
        }
        if text.contains("-") {
            let dash = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            if dash.count == 2, let first = year(dash[0]), dash[1].count == 4, let last = year(dash[1]) {
                return span(first, last)
            }
            if dash.count == 2, let first = year(dash[0]), dash[1].count == 2, let end = Int(dash[1]),
                dash[1].allSatisfy(\.isASCII)
            {
                let last = first / 100 * 100 + end
                if last == first + 1 { return .success("\(first)/\(last)") }
                if last > first + 1 { return span(first, last) }
                if let month = month(dash[1]) { return .success("\(first)-\(month)") }
                return .failure(.backwards)
            }
        }
        return .failure(.notAPeriod)
    }

    /// `2019/20` or `2019/2020` as two years.
    private static func twoYears(_ text: String, _ separator: Character) -> Result<(start: Int, end: Int), Refusal> {
        let halves = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard halves.count == 2, let first = year(halves[0]) else { return .failure(.notAPeriod) }
        let second: Int
        if let full = year(halves[1]) {
            second = full
        } else if halves[1].count == 2, halves[1].allSatisfy({ $0.isASCII && $0.isNumber }), let end = Int(halves[1]) {
            // `1999/00` crosses a century; `2021/19` runs backwards (a span is never a century long).
            let crossing = first % 100 > end ? 100 : 0
            second = first / 100 * 100 + end + crossing
            if crossing > 0 && second - first > 10 { return .failure(.backwards) }
        } else {
            return .failure(.notAPeriod)
        }
        guard second > first else { return .failure(.backwards) }
        return .success((first, second))
    }

    private static func span(_ first: Int, _ last: Int) -> Result<String, Refusal> {
        if last > first { return .success("\(first)-\(last)") }
        if last == first { return .success(String(first)) }
        return .failure(.backwards)
    }

    private static func quarter(_ text: String) -> String? {
        let compact = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
        guard compact.count == 6 else { return nil }
        if compact.hasPrefix("Q"), let q = quarterNumber(compact.dropFirst().prefix(1)),
            let year = year(String(compact.suffix(4)))
        {
            return "\(year)-Q\(q)"
        }
        if let year = year(String(compact.prefix(4))), compact.dropFirst(4).first == "Q",
            let q = quarterNumber(compact.suffix(1))
        {
            return "\(year)-Q\(q)"
        }
        return nil
    }

    private static func quarterNumber(_ text: Substring) -> Int? {
        guard let number = Int(text), (1...4).contains(number) else { return nil }
        return number
    }

    private static func month(_ text: String) -> String? {
        guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isNumber }), let month = Int(text),
            (1...12).contains(month)
        else { return nil }
        return text
    }

    private static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }
}
