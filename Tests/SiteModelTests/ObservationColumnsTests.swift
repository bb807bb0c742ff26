import SiteModel
import Testing

/// The column store gives back every observation exactly as it was appended: a wrong packing of any field shows
/// here, not as a changed digit on some page of a national site.
@Suite struct ObservationColumnsTests {
    private let en = LanguageCode("en")
    private let zh = LanguageCode("zh")

    private func row(
        _ region: String, _ period: String, _ value: String?, flag: ObservationFlag? = nil,
        details: ObservationDetails? = nil, line: Int
    ) -> Observation {
        Observation(
            region: RegionCode(region), period: Period(period)!, value: value.flatMap { DecimalValue($0) }, flag: flag,
            details: details, line: line)
    }

    @Test func everyFieldComesBack() {
        let noted = ObservationDetails(
            note: Localized([en: "Revised", zh: "修订"]), source: SourceReference("bulletin-2021#p42"),
            dimensions: ["area": "urban", "sex": "female"], acknowledged: ["value.exceeds-bound", "series.outlier"])
        let sourced = ObservationDetails(source: SourceReference("census"))
        let rows = [
            row("620000", "2020", "15.07", line: 2),
            row("620000", "2020-Q3", nil, flag: .missing, line: 3),
            row("620100", "2020-11", "-0.50", flag: .estimated, details: noted, line: 4),
            row("620100", "2019/2020", "0", flag: .provisional, details: sourced, line: 5),
            row("620200", "2017-2019", "-0", flag: .breakInSeries, line: 6),
            row("620200", "2021", "1234567.125", flag: .forecast, details: ObservationDetails(), line: Int(Int32.max)),
        ]
        let columns = ObservationColumns(rows)
        #expect(columns.count == rows.count)
        #expect(Array(columns) == rows)
        for (position, written) in rows.enumerated() {
            let read = columns[position]
            #expect(read.region == written.region && columns.region(at: position) == written.region)
            #expect(read.period == written.period && read.period.kind == written.period.kind)
            #expect(read.value?.text == written.value?.text)
            #expect(read.value?.doubleValue.bitPattern == written.value?.doubleValue.bitPattern)
            #expect(columns.hasValue(at: position) == (written.value != nil))
            #expect(read.flag == written.flag && columns.flag(at: position) == written.flag)
            #expect(read.line == written.line && columns.line(at: position) == written.line)
            #expect(read.note == written.note && read.source == written.source)
            #expect(read.dimensions == written.dimensions && read.acknowledged == written.acknowledged)
        }
        #expect(columns[5].details == nil)
        #expect(columns.map(\.period.kind) == [.year, .quarter, .month, .schoolYear, .range, .year])
        #expect(columns.map(\.flag) == [nil, .missing, .estimated, .provisional, .breakInSeries, .forecast])
    }

    @Test func valuesKeepTheirTextAndDouble() {
        let texts = [
            "0", "-0", "-0.0", "0.10", "3.10", "15.07", "-1234.5678", "100", "999999999999999",
            "9007199254740992",  // 2⁵³: the largest magnitude packed
            "9007199254740993", "12345678901234567890.5",  // kept whole
            "0.0000000000000000000001",  // 22 decimals: packed
            "0.00000000000000000000001",  // 23: kept whole
            "1234567890123456789012345678901234567890",
        ]
        var generator = SeededGenerator(seed: 9)
        var random: [String] = []
        for _ in 0..<5_000 {
            let whole = String(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
            let decimals = Int.random(in: 0...20, using: &generator)
            let fraction = String((0..<decimals).map { _ in "0123456789".randomElement(using: &generator)! })
            let sign = Bool.random(using: &generator) ? "-" : ""
            random.append(sign + whole + (decimals > 0 ? "." + fraction : ""))
        }
        let values = (texts + random).compactMap { DecimalValue($0) }
        #expect(values.count == texts.count + random.count)
        let columns = ObservationColumns(
            values.enumerated().map { Observation(region: "1", period: Period("2020")!, value: $1, line: $0) })
        for (position, value) in values.enumerated() {
            let read = columns.value(at: position)
            #expect(read?.text == value.text)
            #expect(read?.doubleValue.bitPattern == value.doubleValue.bitPattern, "\(value.text)")
        }
    }

    @Test func equalDetailsAreHeldOnce() {
        func details() -> ObservationDetails {
            ObservationDetails(note: Localized([en: "Census year"]), dimensions: ["area": "rural"])
        }
        let rows = [
            row("1", "2020", "1", details: details(), line: 2), row("2", "2020", "2", line: 3),
            row("3", "2020", "3", details: details(), line: 4),
            row("4", "2020", "4", details: ObservationDetails(dimensions: ["area": "urban"]), line: 5),
        ]
        let columns = ObservationColumns(rows)
        #expect(columns.details(at: 0) === columns.details(at: 2))
        #expect(columns.details(at: 1) == nil)
        #expect(columns.details(at: 3)?.dimensions == ["area": "urban"])
        #expect(Array(columns) == rows)
    }

    @Test func equalityIsOverTheObservations() {
        let rows = (0..<50).map { row(String($0 % 7), String(2000 + $0 % 5), String($0), line: $0 + 2) }
        let once = ObservationColumns(rows)
        var builder = ObservationColumns.Builder(capacity: 3)
        for observation in rows { builder.append(observation) }
        #expect(once == builder.columns && once.hashValue == builder.columns.hashValue)
        var changed = rows
        changed[17].line += 1
        #expect(ObservationColumns(changed) != once)
        changed = rows
        changed[17].value = DecimalValue("17.0")
        #expect(ObservationColumns(changed) != once)
        let data = IndicatorData(indicator: "x", observations: rows, file: "data/x.csv")
        #expect(data == IndicatorData(indicator: "x", observations: once, file: "data/x.csv"))
        let empty: ObservationColumns = []
        #expect(empty.isEmpty && empty == ObservationColumns())
    }

    /// Many regions (beyond a 16-bit position), many periods, a million rows: every row comes back, and a row
    /// costs what the column store promises.
    @Test func largeCountsComeBack() {
        let regions = 70_000
        let periods = ["2020", "2021-Q2", "2021-07", "2018/2019", "2010-2015"] + (1900...2099).map(String.init)
        var builder = ObservationColumns.Builder(capacity: 1_000_000)
        var written: [(RegionCode, Period, String?, Int)] = []
        for index in 0..<1_000_000 {
            let region = RegionCode(String(index % regions))
            let period = Period(periods[index % periods.count])!
            let value = index % 11 == 0 ? nil : "\(index / 100).\(index % 100)"
            builder.append(
                region: region, period: period, value: value.flatMap { DecimalValue($0) }, flag: index % 11 == 0 ? .missing : nil,
                details: nil, line: index + 2)
            if index % 997 == 0 || index >= 999_990 { written.append((region, period, value, index)) }
        }
        let columns = builder.columns
        #expect(columns.count == 1_000_000)
        for (region, period, value, index) in written {
            let read = columns[index]
            #expect(read.region == region && read.period == period && read.value?.text == value && read.line == index + 2)
        }
        #expect(Set(columns.lazy.map(\.region)).count == regions)
        let bytesPerRow = Double(columns.storageBytes) / Double(columns.count)
        #expect(bytesPerRow <= 30, "\(bytesPerRow) bytes per row")
    }
}

extension ObservationColumnsTests {
    /// Positions, lines and digits are held in 2 or 4 bytes while every one of the file fits, and the whole column
    /// is widened at the first that does not: rows on both sides of each boundary come back exactly.
    @Test(arguments: [65_536, 65_537])
    func regionPositionsWidenPastSixteenBits(regions: Int) {
        var builder = ObservationColumns.Builder()
        for index in 0..<regions {
            builder.append(
                region: RegionCode("r\(index)"), period: Period("2020")!, value: DecimalValue("1"), flag: nil,
                details: nil, line: 2)
        }
        let columns = builder.columns
        #expect(columns.count == regions)
        let wrong = (0..<regions).filter { columns.region(at: $0) != RegionCode("r\($0)") }
        #expect(wrong.isEmpty, "\(wrong.count) regions read back wrong, first at \(wrong.first ?? 0)")
        #expect(Array(columns.suffix(2)).map(\.region) == [RegionCode("r\(regions - 2)"), RegionCode("r\(regions - 1)")])
    }

    /// Details are stored as 1 + their position (0 is none), so they widen one sooner than regions.
    @Test(arguments: [65_535, 65_536])
    func detailPositionsWidenPastSixteenBits(distinct: Int) {
        let rows = (0..<distinct + 2).map { index in
            row(
                "1", "2020", "1", details: index == 1 ? nil : ObservationDetails(dimensions: ["n": String(index % distinct)]),
                line: 2)
        }
        let columns = ObservationColumns(rows)
        #expect(Array(columns) == rows)
        #expect(columns.details(at: 0) === columns.details(at: distinct))
        #expect(columns.details(at: 1) == nil)
    }

    @Test func periodsWidenPastSixteenBits() {
        // 65,537 distinct periods: years 1000–9999 as years, ranges and school years.
        var periods: [Period] = []
        outer: for start in 1000...9999 {
            for text in ["\(start)", "\(start)-\(start + 1)", "\(start)/\(start + 1)", "\(start)-Q1", "\(start)-Q2",
                "\(start)-Q3", "\(start)-Q4", "\(start)-01", "\(start)-02"]
            {
                guard let period = Period(text) else { continue }
                periods.append(period)
                if periods.count == 65_537 { break outer }
            }
        }
        #expect(periods.count == 65_537)
        let rows = periods.enumerated().map { Observation(region: "1", period: $1, value: nil, line: $0) }
        let columns = ObservationColumns(rows)
        #expect(Array(columns) == rows)
    }

    @Test func linesAndDigitsWidenPastTheirNarrowWidth() {
        let lines = [0, 65_535, 65_536, 1, -1, Int(Int32.max), Int(Int32.min)]
        let byLine = ObservationColumns(lines.map { row("1", "2020", "1", line: $0) })
        #expect(byLine.map(\.line) == lines)
        let narrowLines = ObservationColumns([0, 2, 65_535].map { row("1", "2020", "1", line: $0) })
        #expect(narrowLines.map(\.line) == [0, 2, 65_535])

        let digits = ["4294967295", "42949672.95", "4294967296", "0.1", "-4294967296", "9007199254740992", "7"]
        let byDigits = ObservationColumns(digits.map { row("1", "2020", $0, line: 2) })
        #expect(byDigits.map { $0.value?.text } == digits)
        #expect((0..<digits.count).map { byDigits.doubleValue(at: $0) } == digits.map { Double($0) })
    }

    /// What the narrow columns are for: a file within every 16-bit bound takes 14 bytes a row, where a row
    /// took 26 with every column at its widest.
    @Test func aFileWithinTheNarrowBoundsTakesFourteenBytesARow() {
        let count = 10_000
        var builder = ObservationColumns.Builder(capacity: count)
        for index in 0..<count {
            builder.append(row(String(index % 3), String(2000 + index % 2), "\(index).5", line: index + 2))
        }
        let bytesPerRow = Double(builder.columns.storageBytes) / Double(count)
        #expect(bytesPerRow < 15, "\(bytesPerRow) bytes a row")
    }
}

/// A fixed sequence, so a failure shows the same values on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
