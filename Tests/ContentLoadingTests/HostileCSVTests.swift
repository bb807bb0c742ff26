import ContentLoading
import SiteModel
import TestSupport
import Testing

/// CSV content as a careless or hostile editor writes it: invisible characters, sizes no real file has, other
/// separators, near-miss column names and spaces, languages and ids the site cannot publish.
@Suite struct HostileCSVTests {
    private let minimal = ContentFixture.minimal()
    private let hospital = "data/hospital-delivery-rate.csv"
    private let infant = "data/infant-mortality-rate.csv"

    // MARK: Invisible characters, checked once in the sheet layer

    @Test func controlCharacterIsAnErrorEvenInProse() throws {
        try expectSingleError(
            minimal.replacing("Women and health", with: "Women\u{0}and health", in: "topics.csv"),
            "content/topics.csv:3:26: error: control character U+0000 in a cell of name_en: remove it")
        try expectSingleError(
            minimal.replacing("Women and health", with: "Women\u{85}and health", in: "topics.csv"),
            "content/topics.csv:3:26: error: control character U+0085 in a cell of name_en: remove it")
    }

    @Test func tabsLineBreaksAndBidiMarksAreAllowedInProseOnly() throws {
        let prose = minimal.replacing("Women and health", with: "\"Women\tand\nhealth\u{200F}\"", in: "topics.csv")
        _ = try expectWarnings(prose, [])
        try expectSingleError(
            minimal.replacing("area,urban,", with: "area,ur\tban,", in: "labels.csv"),
            "content/labels.csv:3:6: error: a tab in a cell of code: remove it")
        try expectSingleError(
            minimal.replacing("area,urban,", with: "area,\"ur\nban\",", in: "labels.csv"),
            "content/labels.csv:3:6: error: a line break in a cell of code: remove it")
    }

    @Test func bidiControlsAndZeroWidthCharactersAreRefusedInIds() throws {
        try expectSingleError(
            minimal.replacing("area,urban,", with: "area,ur\u{202E}ban,", in: "labels.csv"),
            "content/labels.csv:3:6: error: invisible character U+202E in a cell of code: remove it")
        try expectSingleError(
            minimal.replacing("area,urban,", with: "area,ur\u{200B}ban,", in: "labels.csv"),
            "content/labels.csv:3:6: error: invisible character U+200B in a cell of code: remove it")
        try expectSingleError(
            minimal.replacing("dimension,code", with: "dimension,co\u{2066}de", in: "labels.csv"),
            "content/labels.csv:1:11: error: invisible character U+2066 in a column name: remove it")
    }

    // MARK: Messages quote content safely

    @Test func messagesEscapeControlCharacters() throws {
        let outcome = try load(minimal.replacing("women-health,women,", with: "women-health,wo\u{1B}[2Jmen,", in: "topics.csv"))
        #expect(outcome.site == nil)
        #expect(outcome.messages.contains("content/topics.csv:3:14: error: unknown parent topic \"wo\\u{1B}[2Jmen\""))
        let raw = outcome.messages.filter { $0.unicodeScalars.contains { $0.isControlCharacter } }
        #expect(raw.isEmpty, "\(raw)")
    }

    @Test func messagesQuoteAtMostEightyCharacters() throws {
        let code = String(repeating: "6", count: 200)
        try expectSingleError(
            minimal.replacing("620900,2020,99.8", with: "\(code),2020,99.8", in: hospital),
            "content/data/hospital-delivery-rate.csv:8:1: error: unknown region \"\(code.prefix(80))…\" (not in regions.csv)")
    }

    // MARK: Limits no real file comes near

    @Test func numberWithTooManyDigits() throws {
        for digits in [41, 400, 2_000_000 / 1_000] {
            try expectSingleError(
                minimal.replacing("620900,2020,99.8", with: "620900,2020,\(String(repeating: "9", count: digits))", in: hospital),
                "content/data/hospital-delivery-rate.csv:8:13: error: number in value has more than 40 digits, more than any statistic has")
        }
        try expectSingleError(
            minimal.replacing(",>=,85,", with: ",>=,1\(String(repeating: "0", count: 40)),", in: "indicators.csv"),
            "content/indicators.csv:5:117: error: number in target_value has more than 40 digits, more than any statistic has")
    }

    @Test func cellLongerThanTheLimit() throws {
        try expectSingleError(
            minimal.replacing("620900,2020,99.8,,,", with: "620900,2020,99.8,,,\(String(repeating: "x", count: 10_001))", in: hospital),
            "content/data/hospital-delivery-rate.csv:8:20: error: a cell of note_en has 10001 characters; a cell holds at most 10000")
    }

    @Test func fileWithTooManyColumns() throws {
        let names = (1...998).map { "d\($0)" }
        let text = (["region", "year", "value"] + names).joined(separator: ",") + "\n"
            + (["620000", "2020", "1"] + names.map { _ in "a" }).joined(separator: ",") + "\n"
        try expectSingleError(
            minimal.with(hospital, text),
            "content/data/hospital-delivery-rate.csv:1:1: error: the file has 1001 columns; at most 1000 are read")
    }

    @Test func aThousandColumnsLoadQuickly() throws {
        let names = (1...997).map { "d\($0)" }
        let rows = (0..<200).map { row in
            (["620000", "\(1900 + row)", "1"] + names.map { _ in "a" }).joined(separator: ",")
        }
        let text = ([(["region", "year", "value"] + names).joined(separator: ",")] + rows).joined(separator: "\n") + "\n"
        let clock = ContinuousClock()
        var outcome: LoadOutcome?
        let elapsed = try clock.measure { outcome = try load(minimal.with(hospital, text)) }
        #expect(outcome?.site?.data["hospital-delivery-rate"]?.dimensionNames.count == 997)
        #expect(elapsed < .seconds(20))
    }

    // MARK: Separators, column names and spaces

    @Test func semicolonsOrTabsGetAHint() throws {
        let labels = minimal.files["labels.csv"]!
        try expectSingleError(
            minimal.with("labels.csv", labels.replacingOccurrences(of: ",", with: ";")),
            "content/labels.csv:1:1: error: this file seems to use semicolons; Almanac reads commas (save it as CSV, comma-separated)")
        try expectSingleError(
            minimal.with("labels.csv", labels.replacingOccurrences(of: ",", with: "\t")),
            "content/labels.csv:1:1: error: this file seems to use tabs; Almanac reads commas (save it as CSV, comma-separated)")
    }

    @Test func columnNamesDifferingByCaseNameTheSpelling() throws {
        try expectSingleError(
            minimal.replacing("value,flag,", with: "value,Flag,", in: hospital),
            "content/data/hospital-delivery-rate.csv:1:19: error: column \"Flag\" must be spelled \"flag\"")
        try expectSingleError(
            minimal.replacing("year,value,", with: "year,Value,", in: hospital),
            "content/data/hospital-delivery-rate.csv:1:13: error: column \"Value\" must be spelled \"value\"")
        try expectSingleError(
            minimal.replacing("name_zh,name_en", with: "name_zh,Name_en", in: "topics.csv"),
            "content/topics.csv:1:19: error: column \"Name_en\" must be spelled \"name_en\"")
    }

    @Test func columnNamesWithSpacesAreAnErrorThenReadTrimmed() throws {
        try expectSingleError(
            minimal.replacing("year,value,", with: "year, value,", in: hospital),
            "content/data/hospital-delivery-rate.csv:1:13: error: column name \" value\" has spaces around it: write \"value\"")
    }

    @Test func spacesAroundCodesAreRemovedWithAWarning() throws {
        let fixture = minimal.replacing("620000,2020,urban,", with: "620000,2020, urban ,", in: infant)
            .replacing("621100,2020,99.2", with: "621100 ,2020,99.2", in: hospital)
        let site = try #require(
            try expectWarnings(
                fixture,
                [
                    "content/data/hospital-delivery-rate.csv:9:1: warning: spaces around \"621100 \" in region are removed",
                    "content/data/infant-mortality-rate.csv:4:13: warning: spaces around \" urban \" in area are removed",
                ]))
        let areas = Set(site.data["infant-mortality-rate"]?.observations.compactMap { $0.dimensions["area"] } ?? [])
        #expect(areas == ["urban", "rural"])
    }

    // MARK: Languages the site does not have

    @Test func noteColumnInAnotherLanguageIsAWarningNotADimension() throws {
        let lines = minimal.files[hospital]!.split(separator: "\n").map(String.init)
        let header = lines[0] + ",note_fr"
        let text = ([header] + lines.dropFirst().map { $0 + "," }).joined(separator: "\n") + "\n"
        let site = try #require(
            try expectWarnings(
                minimal.with(hospital, text),
                [
                    "content/data/hospital-delivery-rate.csv:1:\(lines[0].count + 2): warning: column \"note_fr\" is for language fr, which is not among the languages of site.yml (zh, en); its cells are ignored"
                ]))
        #expect(site.data["hospital-delivery-rate"]?.dimensionNames == [])
    }

    // MARK: Ids that become file names

    @Test func regionCodesDifferingOnlyByCaseAreRefused() throws {
        try expectSingleError(
            minimal.with(
                "regions.csv",
                minimal.files["regions.csv"]! + "abc,甲,A,,,prefecture,620000,,\nABC,乙,B,,,prefecture,620000,,\n"),
            "content/regions.csv:7:1: error: region code \"ABC\" differs from \"abc\" (line 6) only by case; their pages would be one file on macOS and Windows")
    }

    @Test(arguments: ["CON", "nul", "Aux", "com1", "LPT9", "con.x", "prn.html.x"])
    func windowsDeviceNamesAreRefusedAsRegionCodes(_ code: String) throws {
        try expectSingleError(
            minimal.with("regions.csv", minimal.files["regions.csv"]! + "\(code),甲,A,,,prefecture,620000,,\n"),
            "content/regions.csv:6:1: error: bad region code: \"\(code)\" is a device name on Windows, where no file may be called so; choose another name")
    }

    @Test func windowsDeviceNamesAreRefusedAsSlugs() throws {
        try expectSingleError(
            minimal.replacing("preschool-gross-enrolment,", with: "aux,", in: "indicators.csv"),
            "content/indicators.csv:5:1: error: bad indicator id: \"aux\" is a device name on Windows, where no file may be called so; choose another name")
        try expectSingleError(
            minimal.with("pages/lpt1.en.md", "# Printer\n"),
            "content/pages/lpt1.en.md: error: bad slug in the file name: \"lpt1\" is a device name on Windows, where no file may be called so; choose another name")
        _ = try expectWarnings(
            minimal.with("regions.csv", minimal.files["regions.csv"]! + "console,甲,A,,,prefecture,620000,,\n"), [])
    }
}

/// Messages that name content without quotes cut and escape it as quoted values are.
@Suite struct UnquotedContentInMessagesTests {
    private let minimal = ContentFixture.minimal()

    @Test func duplicateRowListsAtMostEightyCharactersOfDimensions() throws {
        let names = (1...50).map { "dimension\($0)" }
        let row = (["620000", "2020", "1"] + names.map { _ in "value" }).joined(separator: ",")
        let text = (["region", "year", "value"] + names).joined(separator: ",") + "\n\(row)\n\(row)\n"
        let outcome = try load(minimal.with("data/hospital-delivery-rate.csv", text))
        let listed = ", dimension1 value, dimension2 value, dimension3 value, dimension4 value, dimens…"
        #expect(
            outcome.messages == [
                "content/data/hospital-delivery-rate.csv:3:1: error: duplicate row: region 620000, year 2020\(listed) (first on line 2)"
            ])
    }
}
