import ContentLoading
import SiteModel
import TestSupport
import Testing

/// Topics and regions nest at most 20 levels; the check is linear, so a hostile file cannot hang the load.
@Suite struct NestingTests {
    private func withTopicChain(_ count: Int) -> ContentFixture {
        let rows = (1...count).map { "t\($0),\($0 == 1 ? "" : "t\($0 - 1)"),主题\($0),Topic \($0)" }
        return ContentFixture.minimal()
            .replacing("children-education,children,儿童与教育,Children and education\n", with: "children-education,children,儿童与教育,Children and education\n" + rows.joined(separator: "\n") + "\n", in: "topics.csv")
    }

    @Test func fiveThousandNestedTopicsGiveOneErrorAtTheFirstTooDeep() throws {
        // Rows 2–6 are the fixture's topics, so t1 is on line 7 and t21 on line 27; its parent cell is column 5.
        try expectSingleError(
            withTopicChain(5_000),
            "content/topics.csv:27:5: error: topic \"t21\" is nested 21 levels deep; at most 20 are allowed")
    }

    @Test func twentyLevelsAreFine() throws {
        #expect(try load(withTopicChain(20)).site != nil)
    }

    @Test func regionsNestAtMostTwentyLevels() throws {
        // 621100 is on level 3, so r18 of a chain below it is on level 21 (line 6 + 18).
        let rows = (1...30).map { "r\($0),区\($0),Area \($0),,,area,\($0 == 1 ? "621100" : "r\($0 - 1)"),," }
        let fixture = ContentFixture.minimal().replacing(
            "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n",
            with: "621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1\n" + rows.joined(separator: "\n") + "\n",
            in: "regions.csv")
        let outcome = try load(fixture)
        #expect(outcome.site == nil)
        #expect(outcome.messages.filter { $0.contains(": error: ") }.count == 1, "\(outcome.messages)")
        #expect(outcome.messages.contains { $0.hasPrefix("content/regions.csv:23:") && $0.hasSuffix(": error: region \"r18\" is nested 21 levels deep; at most 20 are allowed") }, "\(outcome.messages)")
    }
}
