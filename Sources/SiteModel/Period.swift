/// The time an observation is about, as written in a data file's `year` column.
///
/// Accepted forms: a year `2020`, a quarter `2020-Q1`, a month `2020-03`, a school or fiscal year
/// `2020/2021`, a range `2017-2019`. Periods sort by their start; `timeValue` places them on a time axis.
///
/// Every observation holds one, so the numbers are stored in their smallest form (a year has four digits):
/// 24 bytes instead of 48, with no heap storage as long as the text fits inline (15 UTF-8 bytes).
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case year, quarter, month, schoolYear, range
    }

    public let text: String
    private let storedStartYear: Int16
    private let storedEndYear: Int16
    private let storedStartMonth: UInt8
    public let kind: Kind

    public var startYear: Int { Int(storedStartYear) }
    /// First month covered, 1–12.
    public var startMonth: Int { Int(storedStartMonth) }
    public var endYear: Int { Int(storedEndYear) }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if let year = Period.year(text) {
            self.init(text: text, kind: .year, startYear: year, startMonth: 1, endYear: year)
        } else if parts.count == 2, let year = Period.year(parts[0]), parts[1].count == 2,
            parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
        {
            self.init(text: text, kind: .quarter, startYear: year, startMonth: (quarter - 1) * 3 + 1, endYear: year)
        } else if parts.count == 2, let year = Period.year(parts[0]), parts[1].count == 2,
            parts[1].allSatisfy(\.isASCII), let month = Int(parts[1]), (1...12).contains(month)
        {
            self.init(text: text, kind: .month, startYear: year, startMonth: month, endYear: year)
        } else if parts.count == 2, let first = Period.year(parts[0]), let last = Period.year(parts[1]), last > first {
            self.init(text: text, kind: .range, startYear: first, startMonth: 1, endYear: last)
        } else {
            let halves = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard halves.count == 2, let first = Period.year(halves[0]), let second = Period.year(halves[1]),
                second == first + 1
            else { return nil }
            self.init(text: text, kind: .schoolYear, startYear: first, startMonth: 9, endYear: second)
        }
    }

    private init(text: String, kind: Kind, startYear: Int, startMonth: Int, endYear: Int) {
        self.text = text
        self.kind = kind
        storedStartYear = Int16(startYear)
        storedStartMonth = UInt8(startMonth)
        storedEndYear = Int16(endYear)
    }

    /// Four ASCII digits, so the year fits an `Int16`.
    private static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    /// The start as a fractional year (2020-03 → 2020.1667), for placing the period on a time axis.
    public var timeValue: Double { Double(startYear) + Double(startMonth - 1) / 12 }

    public var description: String { text }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.startYear, lhs.startMonth, lhs.endYear, lhs.text) < (rhs.startYear, rhs.startMonth, rhs.endYear, rhs.text)
    }
}
