import SiteModel
import SitePages
import Testing

/// Interface strings are filled in one pass: a value is printed as written, whatever braces it holds.
@Suite struct UIStringsFormatTests {
    let strings = UIStrings(
        language: "en", texts: ["compare.title": "{name} in {period}", "swap": "{a}{b}", "units.x.format": "{value} x"])

    @Test func aNameWithBracesIsPrintedAsWritten() {
        #expect(strings.format("compare.title", ["name": "Rate {period}", "period": "2020"]) == "Rate {period} in 2020")
    }

    /// Each value names the other placeholder: filling one after the other gives `{a}{a}` or `{b}{b}` by dictionary
    /// order, so the old filler failed this in every process.
    @Test func valuesNamingEachOtherAreNotFilledAgain() {
        #expect(strings.format("swap", ["a": "{b}", "b": "{a}"]) == "{b}{a}")
    }
}
