import ContentChecks
import SiteModel
import TestSupport
import Testing

@Suite struct ClaimRuleTests {
    /// The fixture whose chinese bulletin says `text` in its second paragraph.
    private func saying(_ text: String) -> ContentFixture {
        ContentFixture.minimal().withBulletinParagraph("2020年，全省孕产妇死亡率为15.07/10万，住院分娩率为99.6%。\(text)")
    }

    private func claimFindings(_ text: String) throws -> [Diagnostic] {
        try findings(saying(text)).filter { $0.code.hasPrefix("claim.") }
    }

    @Test func aFallThatTheDataContradictsIsAWarning() throws {
        // 14.45 (2017), 18.69 (2018), missing (2019), 15.07 (2020): the bulletin's "continuously decreasing".
        let found = try claimFindings("孕产妇死亡率[持续降低](claim:maternal-mortality-ratio?trend=down&from=2017&to=2020)。")
        #expect(
            found.map(\.description) == [
                "content/documents/bulletin-2021.zh.md:12:44: warning: claim \"持续降低\" about maternal-mortality-ratio in 620000: it says the value fell from 2017 to 2020, but it rose from 14.45 (2017) to 18.69 (2018), and from 14.45 (2017) to 15.07 (2020) overall"
            ])
        #expect(found.first?.code == "claim.contradicted")
        #expect(found.first?.note == "较2017年上升,需关注")
    }

    @Test func aFallTheDataShowsPasses() throws {
        #expect(try claimFindings("[此后下降](claim:maternal-mortality-ratio?trend=down&from=2018&to=2020)。").isEmpty)
        #expect(try claimFindings("[全国持续下降](claim:maternal-mortality-ratio?trend=down&region=100000)。").isEmpty)
    }

    @Test func thresholdClaims() throws {
        #expect(try claimFindings("[低于全国](claim:maternal-mortality-ratio?below=16.9&year=2020)").isEmpty)
        #expect(try claimFindings("[高于](claim:maternal-mortality-ratio?above=16.9)").map(\.code) == ["claim.contradicted"])
        #expect(try claimFindings("[已达标](claim:maternal-mortality-ratio?target=met)").isEmpty)
        #expect(try claimFindings("[未达标](claim:maternal-mortality-ratio?target=not-met)").map(\.code) == ["claim.contradicted"])
    }

    @Test func aClaimTheDataCannotJudgeIsUnverifiable() throws {
        #expect(
            try claimFindings("[下降](claim:maternal-mortality-ratio?trend=down&from=2015&to=2020)").map(\.code) == [
                "claim.unverifiable"
            ])
    }

    @Test func acknowledgingTheContradictionMakesItInfo() throws {
        let found = try claimFindings(
            "[持续降低](claim:maternal-mortality-ratio?trend=down&from=2017&to=2020&acknowledged=claim.contradicted)")
        #expect(found.map(\.severity) == [.info])
        #expect(found.allSatisfy { $0.hint == nil })
    }

    @Test func unknownParametersAndBadValuesAreLocatedErrors() throws {
        let errors = try loadErrors(saying("[降低](claim:maternal-mortality-ratio?trend=sideways&since=2017)"))
        #expect(
            errors == [
                "content/documents/bulletin-2021.zh.md:12:38: error: bad trend \"sideways\" in claim: use trend=up or trend=down",
                "content/documents/bulletin-2021.zh.md:12:38: error: unknown claim parameter \"since\": use trend, from, to, above, below, year, target, region, acknowledged, link",
            ])
        #expect(
            try loadErrors(saying("[降低](claim:no-such-indicator?trend=down)")) == [
                "content/documents/bulletin-2021.zh.md:12:38: error: claim about unknown indicator \"no-such-indicator\""
            ])
    }
}
