import ContentLoading
import SiteModel
import TestSupport
import Testing

/// Errors and warnings in `data/<id>.csv`.
@Suite struct DataFileTests {
    private let minimal = ContentFixture.minimal()
    private let hospital = "data/hospital-delivery-rate.csv"
    private let infant = "data/infant-mortality-rate.csv"

    @Test func unknownRegion() throws {
        try expectSingleError(
            minimal.replacing("621100,2020,99.2", with: "629900,2020,99.2", in: hospital),
            "content/data/hospital-delivery-rate.csv:9:1: error: unknown region \"629900\" (not in regions.csv)")
    }

    @Test func badPeriod() throws {
        try expectSingleError(
            minimal.replacing("620900,2020,99.8", with: "620900,2020Q1,99.8", in: hospital),
            "content/data/hospital-delivery-rate.csv:8:8: error: bad period \"2020Q1\" in year: use a year 2020, a quarter 2020-Q1, a month 2020-03, a school year 2020/2021 or a range 2017-2019")
    }

    @Test func acceptsEveryKindOfPeriod() throws {
        let rows = ["2020-Q1", "2020-03", "2020/2021", "2017-2019"].map { "620900,\($0),1.5,,,,\n" }.joined()
        let site = try #require(try expectWarnings(minimal.with(hospital, minimal.files[hospital]! + rows), []))
        let periods = site.data["hospital-delivery-rate"]?.observations.suffix(4).map(\.period.kind)
        #expect(periods == [.quarter, .month, .schoolYear, .range])
    }

    @Test func badNumber() throws {
        try expectSingleError(
            minimal.replacing("620900,2020,99.8", with: "620900,2020,9.98e1", in: hospital),
            "content/data/hospital-delivery-rate.csv:8:13: error: bad number \"9.98e1\" in value: write digits with an optional leading - and one . (no exponent, no thousands separator, no leading zero)")
        try expectSingleError(
            minimal.replacing("620900,2020,99.8", with: "620900,2020,\"1,099.8\"", in: hospital),
            "content/data/hospital-delivery-rate.csv:8:13: error: bad number \"1,099.8\" in value: write digits with an optional leading - and one . (no exponent, no thousands separator, no leading zero)")
    }

    @Test func keepsValuesAsWritten() throws {
        let fixture = minimal.replacing("620900,2020,99.8", with: "620900,2020,-0.50", in: hospital)
        let site = try #require(try expectWarnings(fixture, []))
        let observation = site.data["hospital-delivery-rate"]?.observations.first { $0.region == "620900" }
        #expect(observation?.value?.text == "-0.50")
        #expect(observation?.value?.decimals == 2)
    }

    @Test func badFlag() throws {
        try expectSingleError(
            minimal.replacing("99.6,E,", with: "99.6,X,", in: hospital),
            "content/data/hospital-delivery-rate.csv:4:18: error: bad flag \"X\": use E (estimated), P (provisional), B (break in series), M (missing), F (forecast) or leave it empty")
    }

    @Test func duplicateRowNamesTheFirstLine() throws {
        try expectSingleError(
            minimal.with(hospital, minimal.files[hospital]! + "620000,2020,99.7,,,,\n"),
            "content/data/hospital-delivery-rate.csv:10:1: error: duplicate row: region 620000, year 2020 (first on line 4)")
        try expectSingleError(
            minimal.with(infant, minimal.files[infant]! + "620000,2020,urban,3.2,,,,\n"),
            "content/data/infant-mortality-rate.csv:10:1: error: duplicate row: region 620000, year 2020, area urban (first on line 4)")
    }

    @Test func emptyValueWithoutFlagIsAWarningReadAsMissing() throws {
        let fixture = minimal.replacing("620900,2020,99.8,,", with: "620900,2020,,,", in: hospital)
        let site = try #require(
            try expectWarnings(
                fixture, ["content/data/hospital-delivery-rate.csv:8:13: warning: empty value without a flag; read as M (missing)"]))
        let observation = site.data["hospital-delivery-rate"]?.observations.first { $0.region == "620900" }
        #expect(observation?.value == nil)
        #expect(observation?.flag == .missing)
    }

    @Test func unknownSource() throws {
        try expectSingleError(
            minimal.replacing("620000,2018,98.5,,,,bulletin-2021", with: "620000,2018,98.5,,,,bulletin-2022", in: hospital),
            "content/data/hospital-delivery-rate.csv:2:21: error: unknown source \"bulletin-2022\" (not in sources.csv)")
    }

    @Test func anchorPastTheLastParagraph() throws {
        try expectSingleError(
            minimal.replacing("99.6,E,,,bulletin-2021#p2", with: "99.6,E,,,bulletin-2021#p9", in: hospital),
            "content/data/hospital-delivery-rate.csv:4:22: error: #p9 is past the last paragraph of content/documents/bulletin-2021.zh.md (4 paragraphs)")
    }

    @Test func anchorThatIsNoPassage() throws {
        try expectSingleError(
            minimal.replacing("99.6,E,,,bulletin-2021#p2", with: "99.6,E,,,bulletin-2021#intro", in: hospital),
            "content/data/hospital-delivery-rate.csv:4:22: error: unknown anchor #intro: cite a paragraph of content/documents/bulletin-2021.zh.md as #p1 to #p4")
    }

    @Test func headingAnchorsAreCitable() throws {
        _ = try expectWarnings(minimal.replacing("99.6,E,,,bulletin-2021#p2", with: "99.6,E,,,bulletin-2021#s1", in: hospital), [])
    }

    @Test func anchorToASourceWithoutDocument() throws {
        try expectError(
            minimal.replacing("bulletin-2021.pdf,bulletin-2021", with: "bulletin-2021.pdf,", in: "sources.csv"),
            "content/data/hospital-delivery-rate.csv:4:22: error: source \"bulletin-2021\" has no document for #p2 to point into (set its document column in sources.csv)")
    }

    @Test func anchorToADocumentWithoutDefaultLanguageText() throws {
        try expectError(
            minimal.with("documents/bulletin-2021.zh.md", nil),
            "content/data/hospital-delivery-rate.csv:4:22: error: #p2 points into document \"bulletin-2021\", which has no zh version")
    }

    @Test func dataFileForUnknownIndicator() throws {
        try expectSingleError(
            minimal.with("data/unknown-thing.csv", "region,year,value\n620000,2020,1\n"),
            "content/data/unknown-thing.csv: error: data file for unknown indicator \"unknown-thing\": add a row for it to indicators.csv")
    }

    @Test func missingDataColumn() throws {
        try expectSingleError(
            minimal.with("data/preschool-gross-enrolment.csv", "region,year,amount\n620000,2020,1\n"),
            "content/data/preschool-gross-enrolment.csv:1:1: error: missing column value")
    }

    @Test func otherFilesInDataAreIgnoredWithAWarning() throws {
        _ = try expectWarnings(
            minimal.with("data/notes.txt", "draft"),
            ["content/data/notes.txt: warning: ignored: only <indicator-id>.csv files belong in data/"])
    }

    @Test func readsAWholeNewDataFile() throws {
        let csv = """
            year,region,value,source,sex
            2020,620000,85.1,bulletin-2021#p1,female
            2020,620000,84.0,,male
            2019,620000,82.5,,female

            """
        let site = try #require(try expectWarnings(minimal.with("data/preschool-gross-enrolment.csv", csv), []))
        let data = try #require(site.data["preschool-gross-enrolment"])
        #expect(data.dimensionNames == ["sex"])
        #expect(data.observations.map(\.line) == [2, 3, 4])
        #expect(data.observations[0].source == SourceReference(source: "bulletin-2021", anchor: "p1"))
        #expect(data.headlineSelection([:]) == ["sex": "female"])
    }
}
