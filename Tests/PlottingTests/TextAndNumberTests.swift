import Testing
@testable import Plotting

@Suite struct TextMetricsTests {
    @Test func chineseAndAmbiguousSymbolsAreOneEm() {
        #expect(TextMetrics.width(of: "兰州市", fontSize: 12) == 3 * 12 * TextMetrics.safetyFactor)
        #expect(TextMetrics.advance(of: "≥") == 1)
        #expect(TextMetrics.advance(of: "×") == 1)
        #expect(TextMetrics.advance(of: "，") == 1)
        #expect(TextMetrics.advance(of: "\u{0301}") == 0, "combining marks take no room")
    }

    @Test func asciiUsesTheNotoTable() {
        #expect(TextMetrics.advance(of: "0") == 0.555)
        #expect(TextMetrics.advance(of: " ") == 0.224)
        #expect(TextMetrics.advance(of: "m") == 0.926)
        let width = TextMetrics.width(of: "1,234.5", fontSize: 12)
        #expect(abs(width - (5 * 0.555 + 0.278 * 2) * 12 * 1.05) < 1e-9)
    }

    @Test func wrapsAtSpacesAndBetweenChineseCharacters() {
        #expect(TextMetrics.wrap("Linxia Hui Autonomous Prefecture", maxWidth: 90, fontSize: 13)
                == ["Linxia Hui", "Autonomous", "Prefecture"])
        let chinese = TextMetrics.wrap("临夏回族自治州，甘南", maxWidth: 60, fontSize: 13)
        #expect(chinese.joined() == "临夏回族自治州，甘南")
        #expect(chinese.allSatisfy { !$0.hasPrefix("，") }, "closing punctuation never starts a line")
        #expect(TextMetrics.wrap("short", maxWidth: 200, fontSize: 13) == ["short"])
    }
}

@Suite struct NumberFormatTests {
    @Test func roundsAsWritten() {
        #expect(NumberFormat.english.format(2.675, decimals: 2) == "2.68")
        #expect(NumberFormat.english.format(96.15, decimals: 1) == "96.2")
        #expect(NumberFormat.english.format(99.96, decimals: 1) == "100.0")
        #expect(NumberFormat.english.format(0.3, decimals: nil) == "0.3")
        #expect(NumberFormat.english.format(0.1 + 0.2, decimals: 1) == "0.3")
        #expect(NumberFormat.english.format(-0.04, decimals: 1) == "0.0", "never -0")
        #expect(NumberFormat.english.format(-1234.5, decimals: 0) == "-1,235")
        #expect(NumberFormat.english.format(0.00001, decimals: nil) == "0.00001")
        #expect(NumberFormat.english.format(12511127, decimals: 0) == "12,511,127")
        #expect(NumberFormat.english.format(.nan, decimals: 1) == "")
    }

    /// Values Swift describes with an exponent, carries through every digit, and groups of another size.
    @Test func roundsExponentsAndCarriesAsWritten() {
        #expect(NumberFormat.english.format(1.5e-5, decimals: 5) == "0.00002")
        #expect(NumberFormat.english.format(1.2345e21, decimals: nil) == "1,234,500,000,000,000,000,000")
        #expect(NumberFormat.english.format(999.995, decimals: 2) == "1,000.00")
        #expect(NumberFormat.english.format(-0.005, decimals: 2) == "-0.01")
        #expect(NumberFormat.english.format(12.5, decimals: 3) == "12.500")
        let spaced = NumberFormat(decimalSeparator: ",", groupingSeparator: " ", groupSize: 4, minusSign: "−")
        #expect(spaced.format(-123456789.25, decimals: 1) == "−1 2345 6789,3")
    }

    @Test func groupsDecimalStringsWithoutChangingDigits() {
        #expect(NumberFormat.english.group("12511127") == "12,511,127")
        #expect(NumberFormat.english.group("15.07") == "15.07")
        #expect(NumberFormat.english.group("-1234.50") == "-1,234.50")
        #expect(NumberFormat.english.group("999") == "999")
        #expect(NumberFormat.english.group("n/a") == "n/a")
        let german = NumberFormat(decimalSeparator: ",", groupingSeparator: ".")
        #expect(german.group("1234567.8") == "1.234.567,8")
        #expect(NumberFormat(minimumDigitsToGroup: 5).group("2020") == "2020")
    }

    /// Short values skip building the digits; what they give must be what the digits would.
    @Test func shortDecimalsReadTheSameAsBuiltFromTheirDigits() {
        let english = NumberFormat.english
        #expect(english.group("007") == "7", "a leading zero is dropped")
        #expect(english.group("00.5") == "0.5")
        #expect(english.group("0.50") == "0.50")
        #expect(english.group("-0") == "-0")
        #expect(english.group("-12.25") == "-12.25")
        #expect(english.group("12.") == "12.", "not a plain decimal")
        #expect(english.group(".5") == ".5")
        #expect(english.group("1.2.3") == "1.2.3")
        #expect(english.group("1e5") == "1e5")
        #expect(english.group("١٢") == "١٢", "digits of other scripts are not decimals")
        let german = NumberFormat(decimalSeparator: ",", groupingSeparator: ".", minusSign: "−")
        #expect(german.group("12.5") == "12,5")
        #expect(german.group("-3") == "−3")
    }

    @Test func valueFormatsCarryUnits() {
        #expect(ValueFormat(numbers: .chinese, decimals: 1, suffix: "%").format(96.14) == "96.1%")
        #expect(ValueFormat(numbers: .chinese, decimals: 2, suffix: "/10万").format(18.69) == "18.69/10万")
        let english = ValueFormat(numbers: .english, decimals: 1, suffix: " per 100,000")
        #expect(english.format(18.69) == "18.7 per 100,000")
        #expect(english.unitLabel == "per 100,000")
        #expect(ValueFormat(decimals: 1, suffix: "‰").unitFitsOnTick)
    }

    @Test func coordinatesHaveTwoDecimalsAndNoNegativeZero() {
        #expect(SVGNumber.format(1.005) == "1.01" || SVGNumber.format(1.005) == "1")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(3) == "3")
        #expect(SVGNumber.format(-2.04) == "-2.04")
        #expect(SVGNumber.format(.nan) == "0")
    }

    /// The digit writer gives what interpolating the rounded hundredths gave, for every sign, size and decimal.
    @Test func coordinatesMatchTheInterpolatedDigits() {
        func reference(_ value: Double) -> String {
            guard value.isFinite else { return "0" }
            let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
            guard hundredths.magnitude < 1e15 else { return "0" }
            let scaled = Int64(hundredths)
            if scaled == 0 { return "0" }
            let sign = scaled < 0 ? "-" : ""
            let whole = scaled.magnitude / 100, fraction = scaled.magnitude % 100
            if fraction == 0 { return "\(sign)\(whole)" }
            if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
            return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        }
        var values: [Double] = [0, 0.004, 0.005, 0.05, 0.5, 0.1, 0.01, 1, 10, 100, 640, 12.345, 99.995, 1e12 + 0.25,
                                9.99e12, 1e13, .infinity, -.infinity]
        values += values.map { -$0 }
        var generator = SystemRandomNumberGenerator()
        values += (0..<2_000).map { _ in Double.random(in: -5_000...5_000, using: &generator) }
        for value in values { #expect(SVGNumber.format(value) == reference(value), "\(value)") }
    }

}

@Suite struct PaletteTests {
    @Test(arguments: [ChartPalette.okabeIto, ChartPalette.tolBright])
    func marksAndTextHaveEnoughContrast(palette: ChartPalette) {
        let background = palette.background
        for mark in [palette.primary, palette.context, palette.target] + palette.comparators {
            #expect(mark.contrast(with: background) >= 3, "\(mark) is a line or bar colour")
        }
        for text in [palette.text, palette.mutedText] {
            #expect(text.contrast(with: background) >= 4.5)
        }
        let paints = Paints(palette: palette)
        for role in SeriesRole.allCases {
            for index in palette.comparators.indices {
                #expect(paints.series(role, comparatorIndex: index).label.color.contrast(with: background) >= 4.5)
            }
        }
        for fill in palette.sequential + [palette.met, palette.notMet, palette.noTarget] {
            #expect(palette.label(on: fill).contrast(with: fill) >= 4.5, "text on \(fill)")
        }
    }

    @Test func contrastMatchesWCAG() {
        #expect(abs(RGBColor(hex: "#767676")!.contrast(with: .white) - 4.54) < 0.01)
        #expect(RGBColor(hex: "0072B2")?.hex == "#0072b2")
        #expect(RGBColor(hex: "#12345") == nil)
    }
}
