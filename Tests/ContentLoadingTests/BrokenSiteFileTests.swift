import ContentLoading
import SiteModel
import TestSupport
import Testing

/// A `site.yml` that cannot be read reports its own problem, not the follow-on problems of every other file
/// checked without the languages it would have given.
@Suite struct BrokenSiteFileTests {
    @Test func yamlSyntaxErrorIsTheOnlyMessage() throws {
        let fixture = ContentFixture.minimal().replacing("languages: [zh, en]", with: "languages: [zh, en", in: "site.yml")
        let outcome = try load(fixture)
        #expect(outcome.site == nil)
        #expect(outcome.messages.count == 1, "\(outcome.messages)")
        #expect(outcome.messages.allSatisfy { $0.hasPrefix("content/site.yml:") }, "\(outcome.messages)")
    }

    @Test func missingLanguagesIsTheOnlyMessage() throws {
        let fixture = ContentFixture.minimal().replacing("languages: [zh, en]\n", with: "", in: "site.yml")
        let outcome = try load(fixture)
        #expect(outcome.messages == [
            "content/site.yml:1:1: error: missing languages (e.g. languages: [zh, en]; the first is the default)"
        ])
    }

    @Test func siteFileProblemsComeFirst() throws {
        let fixture = ContentFixture.minimal()
            .replacing("languages: [zh, en]", with: "languages: [zh, en", in: "site.yml")
            .replacing("code,name_zh,", with: "code,code,name_zh,", in: "regions.csv")
        let outcome = try load(fixture)
        #expect(outcome.messages.first?.hasPrefix("content/site.yml:") == true, "\(outcome.messages)")
        #expect(outcome.messages.count > 1, "regions.csv, sorted before site.yml by name, still reports its own error")
    }
}
