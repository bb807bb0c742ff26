import ContentLoading
import SiteModel
import TestSupport
import Testing

/// Errors in regions.csv, topics.csv, indicators.csv, sources.csv and labels.csv.
@Suite struct TableTests {
    private let minimal = ContentFixture.minimal()
    private let preschoolRow =
        "preschool-gross-enrolment,children-education,学前三年毛入园率,Three-year preschool gross enrolment rate,percent,1,higher,>=,85,2020,学前三年毛入园率达到85%,Three-year preschool gross enrolment of 85%,,"

    /// The minimal fixture with the row of the indicator that has no data file changed, so nothing else depends
    /// on the change.
    private func preschool(_ old: String, _ new: String) -> ContentFixture {
        minimal.replacing(preschoolRow, with: preschoolRow.replacingOccurrences(of: old, with: new), in: "indicators.csv")
    }

    // MARK: Columns and cells

    @Test func missingRequiredColumn() throws {
        try expectSingleError(
            minimal.replacing(",level,", with: ",tier,", in: "regions.csv"),
            "content/regions.csv:1:1: error: missing column level")
    }

    @Test func missingDefaultLanguageColumn() throws {
        try expectSingleError(
            minimal.replacing("id,parent,name_zh,name_en", with: "id,parent,name_xx,name_en", in: "topics.csv"),
            "content/topics.csv:1:1: error: missing column name_zh (name_* is needed for every language of site.yml: zh, en)")
    }

    /// A column missing for another language than the default: one warning for the file, each row a gap.
    @Test func missingOtherLanguageColumnFallsBack() throws {
        let site = try expectWarnings(
            minimal.replacing("id,parent,name_zh,name_en", with: "id,parent,name_zh,name_xx", in: "topics.csv"),
            [
                "content/topics.csv:1:1: warning: missing column name_en (name_* is needed for every language of site.yml: zh, en): every en text of this file is shown in zh",
                "content/topics.csv:1:19: warning: column \"name_xx\" is for language xx, which is not among the languages of site.yml (zh, en); its cells are ignored",
            ])
        #expect(site?.translationGaps.count == 5)
        #expect(site?.topicIndex["women"]?.name["en"] == nil)
    }

    @Test func optionalLanguageColumnsNeedTheDefaultLanguage() throws {
        try expectSingleError(
            minimal.replacing(",short_zh,short_en,", with: ",short_xx,short_en,", in: "regions.csv"),
            "content/regions.csv:1:1: error: missing column short_zh (short_* is needed for every language of site.yml: zh, en)")
    }

    @Test func unknownColumnIsAWarning() throws {
        let topics = minimal.files["topics.csv"]!.split(separator: "\n").map { $0 + "," }.joined(separator: "\n")
        _ = try expectWarnings(
            minimal.with("topics.csv", topics).replacing("name_en,", with: "name_en,name_fr", in: "topics.csv"),
            [
                "content/topics.csv:1:27: warning: column \"name_fr\" is for language fr, which is not among the languages of site.yml (zh, en); its cells are ignored"
            ])
    }

    @Test func misspelledColumnIsAWarning() throws {
        let topics = minimal.files["topics.csv"]!.split(separator: "\n").map { $0 + "," }.joined(separator: "\n")
        _ = try expectWarnings(
            minimal.with("topics.csv", topics).replacing("name_en,", with: "name_en,nmae_en", in: "topics.csv"),
            ["content/topics.csv:1:27: warning: unknown column \"nmae_en\" is ignored"])
    }

    @Test func emptyRequiredCell() throws {
        try expectSingleError(
            minimal.replacing("妇女与健康,Women and health", with: ",Women and health", in: "topics.csv"),
            "content/topics.csv:3:20: error: empty name_zh")
    }

    @Test func emptyCellOfAnotherLanguageFallsBack() throws {
        _ = try expectWarnings(
            minimal.replacing("妇女与健康,Women and health", with: "妇女与健康,", in: "topics.csv"),
            ["content/topics.csv:3:26: warning: empty name_en: the zh text is shown in its place (translations: strict makes this an error)"])
    }

    @Test func rowWithWrongNumberOfCells() throws {
        // The row still counts (its children are not reported), padded with an empty cell where it ends.
        let outcome = try load(
            minimal.replacing("children,,儿童发展规划,Children's Development Plan", with: "children,,儿童发展规划", in: "topics.csv"))
        #expect(
            outcome.messages == [
                "content/topics.csv:4:1: error: row has 3 cells but the header has 4",
                "content/topics.csv:4:17: warning: empty name_en: the zh text is shown in its place (translations: strict makes this an error)",
            ])
    }

    @Test func duplicateColumn() throws {
        let topics = """
            id,parent,name_zh,name_en,id
            women,,妇女,Women,x
            women-health,women,妇女与健康,Women and health,x
            children,,儿童,Children,x
            children-health,children,儿童与健康,Children and health,x
            children-education,children,儿童与教育,Children and education,x

            """
        try expectSingleError(minimal.with("topics.csv", topics), "content/topics.csv:1:27: error: duplicate column \"id\"")
    }

    @Test func unclosedQuoteInAFile() throws {
        try expectError(
            minimal.replacing("women,,妇女发展规划", with: "women,,\"妇女发展规划", in: "topics.csv"),
            "content/topics.csv:2:8: error: quoted cell is never closed (add the closing \")")
    }

    // MARK: regions.csv

    @Test func duplicateRegion() throws {
        try expectSingleError(
            minimal.with("regions.csv", minimal.files["regions.csv"]! + "620900,酒泉,Jiuquan,,,prefecture,620000,,\n"),
            "content/regions.csv:6:1: error: duplicate region code \"620900\" (first on line 4)")
    }

    @Test func unknownParentRegion() throws {
        try expectSingleError(
            minimal.replacing("prefecture,620000,0,0", with: "prefecture,629999,0,0", in: "regions.csv"),
            "content/regions.csv:4:47: error: unknown parent region \"629999\"")
    }

    @Test func regionCycle() throws {
        try expectError(
            minimal.replacing("country,,,", with: "country,620000,,", in: "regions.csv"),
            "content/regions.csv:2:27: error: region \"100000\" is its own ancestor through its parents")
    }

    @Test func badGridPosition() throws {
        try expectSingleError(
            minimal.replacing("620000,0,0", with: "620000,-1,0", in: "regions.csv"),
            "content/regions.csv:4:54: error: bad grid_row \"-1\": use a whole number from 0 to 99")
        try expectSingleError(
            minimal.replacing("620000,0,0", with: "620000,0,1.5", in: "regions.csv"),
            "content/regions.csv:4:56: error: bad grid_col \"1.5\": use a whole number from 0 to 99")
        // Int.max would overflow the tile map's size when the map is drawn.
        try expectSingleError(
            minimal.replacing("620000,0,0", with: "620000,9223372036854775807,0", in: "regions.csv"),
            "content/regions.csv:4:54: error: bad grid_row \"9223372036854775807\": use a whole number from 0 to 99")
        try expectSingleError(
            minimal.replacing("620000,0,0", with: "620000,0,", in: "regions.csv"),
            "content/regions.csv:4:54: error: give both grid_row and grid_col, or neither")
    }

    @Test func gridPositionTakenTwice() throws {
        try expectSingleError(
            minimal.replacing("620000,1,1", with: "620000,0,0", in: "regions.csv"),
            "content/regions.csv:5:52: error: grid position 0,0 is already taken by region \"620900\"")
    }

    // MARK: topics.csv

    @Test func duplicateTopic() throws {
        try expectSingleError(
            minimal.with("topics.csv", minimal.files["topics.csv"]! + "women,,妇女,Women\n"),
            "content/topics.csv:7:1: error: duplicate topic id \"women\" (first on line 2)")
    }

    /// A topic's id names its page (`<lang>/topics/<id>.html`) on a site with more indicators than the index lists.
    @Test func topicIdsAreSlugsAndNoReservedNames() throws {
        try expectSingleError(
            minimal.with("topics.csv", minimal.files["topics.csv"]! + "Kids/Plan,,儿童,Kids\n"),
            "content/topics.csv:7:1: error: bad topic id \"Kids/Plan\": use lowercase letters a-z, digits and -")
        try expectSingleError(
            minimal.with("topics.csv", minimal.files["topics.csv"]! + "nul,,儿童,Kids\n"),
            "content/topics.csv:7:1: error: bad topic id: \"nul\" is a device name on Windows, where no file may be called so; choose another name")
    }

    @Test func unknownTopicParent() throws {
        try expectSingleError(
            minimal.replacing("children-health,children,", with: "children-health,kids,", in: "topics.csv"),
            "content/topics.csv:5:17: error: unknown parent topic \"kids\"")
    }

    // MARK: indicators.csv

    @Test func badIndicatorID() throws {
        try expectSingleError(
            preschool("preschool-gross-enrolment,", "Preschool_GER,"),
            "content/indicators.csv:5:1: error: bad indicator id \"Preschool_GER\": use lowercase letters a-z, digits and -")
    }

    @Test func duplicateIndicator() throws {
        try expectSingleError(
            minimal.with("indicators.csv", minimal.files["indicators.csv"]! + preschoolRow + "\n"),
            "content/indicators.csv:6:1: error: duplicate indicator id \"preschool-gross-enrolment\" (first on line 5)")
    }

    @Test func unknownTopic() throws {
        try expectSingleError(
            preschool(",children-education,", ",children-school,"),
            "content/indicators.csv:5:27: error: unknown topic \"children-school\" (not in topics.csv)")
    }

    @Test func unknownUnit() throws {
        try expectSingleError(
            preschool("rate,percent,", "rate,pct,"),
            "content/indicators.csv:5:97: error: unknown unit \"pct\": use percent, per_mille, per_100k, ratio, count, ten_thousand, years, yuan, ten_thousand_yuan or hundred_million_yuan or add it under units: in site.yml")
    }

    @Test func badDecimals() throws {
        try expectSingleError(
            preschool(",1,higher,", ",one,higher,"),
            "content/indicators.csv:5:105: error: bad decimals \"one\": use a whole number from 0 to 10")
    }

    @Test func badBetter() throws {
        try expectSingleError(
            preschool(",higher,", ",up,"),
            "content/indicators.csv:5:107: error: bad better \"up\": use higher, lower or leave it empty")
    }

    @Test func badTargetOperator() throws {
        try expectSingleError(
            preschool(",>=,", ",=>,"),
            "content/indicators.csv:5:114: error: bad target_op \"=>\": use >=, >, <=, <, =, increase, decrease or leave it empty")
    }

    @Test func targetOperatorWithoutValue() throws {
        try expectSingleError(
            preschool(",>=,85,", ",>=,,"),
            "content/indicators.csv:5:114: error: target_op >= needs a target_value")
    }

    @Test func badTargetValueAndYear() throws {
        try expectSingleError(
            preschool(",>=,85,", ",>=,85%,"),
            "content/indicators.csv:5:117: error: bad number \"85%\" in target_value: write digits with an optional leading - and one . (no exponent, no thousands separator, no leading zero)")
        try expectSingleError(
            preschool(",85,2020,", ",85,2020Q4,"),
            "content/indicators.csv:5:120: error: bad period \"2020Q4\" in target_year: use a year 2020, a quarter 2020-Q1, a month 2020-03, a school year 2020/2021 or a range 2017-2019")
    }

    @Test func unknownIndicatorSource() throws {
        try expectSingleError(
            preschool("of 85%,,", "of 85%,bulletin-2021;nowhere,"),
            "content/indicators.csv:5:183: error: unknown source \"nowhere\" (not in sources.csv)")
    }

    @Test func loadsHeadlineSelection() throws {
        let fixture = minimal.replacing("keeps falling,,", with: "keeps falling,,area=rural", in: "indicators.csv")
        let site = try #require(try expectWarnings(fixture, []))
        let indicator = try #require(site.indicatorIndex["infant-mortality-rate"])
        #expect(indicator.headline == ["area": "rural"])
        #expect(site.headlineSeries(of: indicator, for: "620000").map(\.value?.text) == ["3.60"])
    }

    @Test func headlineWithUnknownDimension() throws {
        try expectSingleError(
            minimal.replacing("keeps falling,,", with: "keeps falling,,sex=female", in: "indicators.csv"),
            "content/indicators.csv:4:138: error: headline names dimension \"sex\", which data/infant-mortality-rate.csv does not have (its dimensions: area)")
    }

    @Test func headlineValueThatNoRowHasIsAWarning() throws {
        _ = try expectWarnings(
            minimal.replacing("keeps falling,,", with: "keeps falling,,area=suburb", in: "indicators.csv"),
            [
                "content/indicators.csv:4:138: warning: no row of data/infant-mortality-rate.csv has area=suburb, so the headline series is empty"
            ])
    }

    @Test func badHeadline() throws {
        try expectSingleError(
            minimal.replacing("keeps falling,,", with: "keeps falling,,rural", in: "indicators.csv"),
            "content/indicators.csv:4:138: error: bad headline \"rural\": use dimension=value pairs separated by ;, e.g. sex=female;area=rural")
    }

    // MARK: sources.csv and labels.csv

    @Test func badSourceDate() throws {
        try expectSingleError(
            minimal.replacing(",2021-05-26,https", with: ",2021-5-26,https", in: "sources.csv"),
            "content/sources.csv:2:171: error: bad date \"2021-5-26\": use YYYY-MM-DD, e.g. 2021-05-26")
    }

    @Test func unknownSourceDocument() throws {
        try expectSingleError(
            minimal.replacing("bulletin-2021.pdf,bulletin-2021", with: "bulletin-2021.pdf,bulletin-2020", in: "sources.csv"),
            "content/sources.csv:2:220: error: unknown document \"bulletin-2020\" (not in documents/)")
    }

    @Test func duplicateLabel() throws {
        try expectSingleError(
            minimal.with("labels.csv", minimal.files["labels.csv"]! + "area,urban,城市,City\n"),
            "content/labels.csv:10:1: error: duplicate label \"area\" \"urban\" (first on line 3)")
    }

    @Test func labelsAreOptional() throws {
        let site = try #require(try expectWarnings(minimal.with("labels.csv", nil), []))
        #expect(site.labels == Labels())
        #expect(!site.inputFiles.contains("labels.csv"))
    }
}
