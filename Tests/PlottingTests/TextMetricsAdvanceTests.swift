import Testing
@testable import Plotting

/// `TextMetrics.advance` answers Chinese characters and full-width forms without their category; every scalar
/// must still measure as the general rule (`generalAdvance`) measures it.
@Suite struct TextMetricsAdvanceTests {
    @Test func everyScalarOutsideASCIIMeasuresAsTheGeneralRule() {
        var wrong: [String] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextMetrics.advance(of: scalar) != TextMetrics.generalAdvance(of: scalar) {
                wrong.append(String(value, radix: 16))
            }
        }
        #expect(wrong.isEmpty, "U+\(wrong.prefix(20))")
        #expect(TextMetrics.width(of: "省市（％）", fontSize: 10) == 5 * 10 * TextMetrics.safetyFactor)
    }
}
