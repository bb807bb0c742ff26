import Testing
@testable import Plotting

/// `NumberFormat.format` writes most values without `DecimalDigits`; every text must be the one the digits give.
@Suite struct PlainNumberFormatTests {
    static let formats = [
        NumberFormat.english,
        NumberFormat(decimalSeparator: ",", groupingSeparator: "\u{202F}", groupSize: 3, minimumDigitsToGroup: 5,
                     minusSign: "\u{2212}"),
        NumberFormat(decimalSeparator: "٫", groupingSeparator: "٬", groupSize: 2, minimumDigitsToGroup: 1),
    ]

    static let values: [Double] = {
        var values: [Double] = [0, -0.0, 2.675, -2.675, 0.5, -0.5, 0.05, -0.004, 9.96, 99.95, 999.5, -999.5,
                                0.0001, 0.00012345, 1e15, 9007199254740992, 1234567.891, 96.1, 12.5, 1e-5,
                                1e16, 123456789012345678, 5e-324, .infinity, -.infinity, .nan, 0.1 + 0.2]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let magnitude = Double.random(in: -6...17, using: &generator)
            let value = (Double.random(in: 1..<10, using: &generator) * pow10(magnitude)) * (Bool.random() ? 1 : -1)
            values.append(value)
            // Values that end in a 5 at the rounding place, where decimal and binary rounding part.
            values.append((value * 1000).rounded() / 1000 + 0.0005)
        }
        return values
    }()

    static func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(exponent.magnitude) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    @Test func plainTextsEqualTheDigitsPath() {
        for format in Self.formats {
            for decimals in [nil, 0, 1, 2, 3, 4, 20] as [Int?] {
                for value in Self.values {
                    let expected = format.formatThroughDigits(value, decimals: decimals)
                    #expect(format.format(value, decimals: decimals) == expected, "\(value) \(String(describing: decimals))")
                }
            }
        }
    }

    @Test func plainPathTakesOrdinaryValuesAndLeavesExponentsAlone() {
        #expect(NumberFormat.english.formatPlain(2.675, decimals: 2) == "2.68")
        #expect(NumberFormat.english.formatPlain(-9.96, decimals: 1) == "-10.0")
        #expect(NumberFormat.english.formatPlain(1234567.5, decimals: 0) == "1,234,568")
        #expect(NumberFormat.english.formatPlain(-0.004, decimals: 2) == "0.00")
        #expect(NumberFormat.english.formatPlain(1e-5, decimals: 2) == nil)
        #expect(NumberFormat.english.formatPlain(.nan, decimals: 2) == nil)
    }
}
