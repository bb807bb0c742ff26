import SiteModel
import Testing

@Suite struct DecimalValueTests {
    @Test(arguments: ["0", "15.07", "-3.5", "12511127", "0.001", "-0", "106.32"])
    func keepsPlainDecimalsAsWritten(_ text: String) throws {
        let value = try #require(DecimalValue(text))
        #expect(value.text == text)
    }

    @Test(arguments: ["", "-", ".5", "5.", "1e3", "9.98e1", "1,099.8", "Inf", "NaN", "+5", "012.10", "00", " 5", "5 ", "１２"])
    func refusesAnythingButThePlainForm(_ text: String) {
        #expect(DecimalValue(text) == nil, "\(text)")
    }

    @Test func countsDecimalsAsWritten() throws {
        #expect(try #require(DecimalValue("15.070")).decimals == 3)
        #expect(try #require(DecimalValue("42")).decimals == 0)
        #expect(try #require(DecimalValue("15.07")).doubleValue == 15.07)
    }
}

/// Sizes no statistic has: refused quickly, with the reason, so the loader can say which limit was passed.
@Suite struct DecimalValueLimitTests {
    @Test func refusesMoreDigitsThanTheLimit() {
        let longest = String(repeating: "9", count: DecimalValue.maximumDigits)
        #expect(DecimalValue(longest) != nil)
        #expect(DecimalValue.parse(longest + "9") == .failure(.tooManyDigits))
        #expect(DecimalValue.parse("1." + String(repeating: "0", count: DecimalValue.maximumDigits)) == .failure(.tooManyDigits))
        #expect(DecimalValue.parse(String(repeating: "9", count: 400)) == .failure(.tooManyDigits))
    }

    @Test func twoMillionDigitsAreRefusedAtOnce() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(DecimalValue.parse(String(repeating: "7", count: 2_000_000)) == .failure(.tooManyDigits))
        }
        #expect(elapsed < .seconds(1))
    }
}
