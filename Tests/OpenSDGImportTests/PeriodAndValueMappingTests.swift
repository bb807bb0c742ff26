import Foundation
@testable import OpenSDGImport
import Testing

@Suite struct PeriodAndValueMappingTests {
    @Test(arguments: [
        ("2019", "2019"), ("2019.0", "2019"), ("2019Q1", "2019-Q1"), ("2019 Q2", "2019-Q2"), ("2019-Q3", "2019-Q3"),
        ("Q4 2019", "2019-Q4"), ("1993 01", "1993-01"), ("2019-03", "2019-03"), ("2019/20", "2019/2020"),
        ("2019/2020", "2019/2020"), ("2019-20", "2019/2020"), ("1999/00", "1999/2000"), ("2019/21", "2019-2021"),
        ("2019/2021", "2019-2021"), ("2003-05", "2003-2005"), ("2015-2016", "2015-2016"), ("1980 to 1990", "1980-1990"),
        ("2007/08 to 2008/09", "2007-2009"), ("2002/03-2007/08", "2002-2008"), ("2016/18 (baseline)", "2016-2018"),
        ("2019/20 [Note 5]", "2019/2020"),
    ])
    func periodsAreMapped(_ written: String, _ expected: String) {
        #expect((try? OpenSDGPeriod.map(written).get())?.period.text == expected)
    }

    @Test func aNoteAfterThePeriodIsKept() {
        #expect((try? OpenSDGPeriod.map("2019/20 [Note 5]").get())?.annotation == "Note 5")
    }

    @Test(arguments: [
        ("", OpenSDGPeriod.Refusal.empty), ("1974a", .notAPeriod), ("17 May to 11 June 2023", .notAPeriod),
        ("2021/19", .backwards), ("2019 to 2017", .backwards), ("This is a non-statistical indicator", .notAPeriod),
    ])
    func periodsThatCannotBePlacedAreRefusedWithAReason(_ written: String, _ reason: OpenSDGPeriod.Refusal) {
        #expect(throws: reason) { try OpenSDGPeriod.map(written).get() }
    }

    @Test(arguments: [
        ("12.50", "12.50"), ("12.0", "12.0"), ("1e-05", "0.00001"), ("1.5E3", "1500"), (".5", "0.5"), ("+3", "3"),
        ("007", "7"), ("-0.25", "-0.25"), (" 42 ", "42"),
    ])
    func valuesAreWrittenWithoutChangingTheNumber(_ written: String, _ expected: String) {
        #expect((try? OpenSDGValue.map(written).get())??.text == expected)
    }

    @Test(arguments: ["1,234", "Inf", "12%", "abc"])
    func valuesThatAreNotNumbersAreRefused(_ written: String) {
        #expect(throws: OpenSDGValue.Refusal.notANumber) { try OpenSDGValue.map(written).get() }
    }

    @Test func emptyAndNotAvailableValuesHaveNoNumber() {
        for written in ["", "NaN", ".."] { #expect((try? OpenSDGValue.map(written).get()) == .some(nil)) }
    }

    @Test func observationStatusesBecomeFlagsOrFootnotes() {
        #expect(OpenSDGStatus.map("Normal value") == .normal)
        #expect(OpenSDGStatus.map("Estimated value") == .flag(.estimated))
        #expect(OpenSDGStatus.map("P") == .flag(.provisional))
        #expect(OpenSDGStatus.map("Missing value; suppressed") == .flag(.missing))
        #expect(OpenSDGStatus.map("Time series break") == .flag(.breakInSeries))
        #expect(OpenSDGStatus.map("Low reliability") == .note("Low reliability"))
    }

    @Test func yamlAliasesAreRefusedAndRepeatedKeysKeepTheLastAsOpenSDGDoes() {
        #expect(throws: ImportProblem.self) {
            try OpenSDGYAML.mapping("a: &x [1, 2]\nb: *x\n", file: "t.yml").get()
        }
        let repeated = try? OpenSDGYAML.mapping("Female: Femme\nMale: Homme\nFemale: Femmes\n", file: "t.yml").get()
        #expect(repeated?["Female"]?.text == "Femmes")
        #expect(repeated?["Male"]?.text == "Homme")
    }
}

@Suite struct FrontMatterTests {
    /// The UK's metadata files end their lines with CRLF; "\r\n" is one Character in Swift.
    @Test func frontMatterWithWindowsLineEndsIsRead() {
        let split = OpenSDGYAML.frontMatter("---\r\nindicator_name: x\r\nreporting_status: complete\r\n---\r\nBody\r\n")
        #expect(split?.yaml == "indicator_name: x\nreporting_status: complete")
        #expect(split?.body == "Body\n")
    }

    @Test func blankLinesBeforeTheFrontMatterAreAccepted() {
        #expect(OpenSDGYAML.frontMatter("\n---\nindicator_name: x\n---\nBody")?.yaml == "indicator_name: x")
    }

    @Test func aLongTextNeverStartsWithWhatAlmanacReadsAsFrontMatter() {
        #expect(ImportMarkdown.fromOpenSDG("---\na: b\n---\n<p>Text</p>") == "a: b\n---\n\nText")
    }
}
