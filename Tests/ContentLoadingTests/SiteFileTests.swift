import ContentLoading
import SiteModel
import TestSupport
import Testing

@Suite struct SiteFileTests {
    private let minimal = ContentFixture.minimal()

    @Test func missingRequiredFile() throws {
        try expectError(minimal.with("sources.csv", nil), "content/sources.csv: error: missing required file")
        try expectError(minimal.with("site.yml", nil), "content/site.yml: error: missing required file")
    }

    @Test func yamlSyntaxErrorAtItsLineAndColumn() throws {
        let fixture = minimal.replacing("home_region: \"620000\"", with: "home_region: \"620000", in: "site.yml")
        // The open quote runs on to the next line's first quote, where the scanner gives up.
        try expectSingleError(
            fixture, "content/site.yml:8:16: error: bad YAML: did not find expected key (while parsing a block mapping)")
    }

    @Test func defaultLanguageMissingFromAMap() throws {
        try expectSingleError(
            minimal.replacing("license: {zh: 知识共享署名 4.0 国际许可协议, en: Creative Commons Attribution 4.0 International}", with: "license: {en: Creative Commons Attribution 4.0 International}", in: "site.yml"),
            "content/site.yml:4:10: error: license has no zh text")
    }

    /// Another language than the default falls back to it, with a warning (an error under `translations: strict`).
    @Test func otherLanguageMissingFromAMap() throws {
        let fixture = minimal.replacing(
            "license: {zh: 知识共享署名 4.0 国际许可协议, en: Creative Commons Attribution 4.0 International}",
            with: "license: {zh: 知识共享署名 4.0 国际许可协议}", in: "site.yml")
        let site = try expectWarnings(fixture, [
            "content/site.yml:4:10: warning: license has no en text: the zh text is shown in its place (translations: strict makes this an error)"
        ])
        #expect(site?.translationGaps.map(\.text) == ["license.en"])
        try expectSingleError(
            fixture.replacing("languages: [zh, en]", with: "languages: [zh, en]\ntranslations: strict", in: "site.yml"),
            "content/site.yml:4:10: error: license has no en text")
        try expectSingleError(
            minimal.replacing("languages: [zh, en]", with: "languages: [zh, en]\ntranslations: some", in: "site.yml"),
            "content/site.yml:6:15: error: translations must be fallback or strict, not \"some\"")
    }

    @Test func unknownLanguageInAMap() throws {
        try expectSingleError(
            minimal.replacing("title: {zh:", with: "title: {fr: Titre, zh:", in: "site.yml"),
            "content/site.yml:1:9: error: title: \"fr\" is not a language of site.yml")
    }

    @Test func unknownHomeRegionAndComparator() throws {
        try expectSingleError(
            minimal.replacing("home_region: \"620000\"", with: "home_region: \"629999\"", in: "site.yml"),
            "content/site.yml:7:14: error: unknown region \"629999\" (not in regions.csv)")
        try expectSingleError(
            minimal.replacing("comparators: [\"100000\"]", with: "comparators: [\"100000\", \"110000\"]", in: "site.yml"),
            "content/site.yml:8:25: error: unknown region \"110000\" (not in regions.csv)")
    }

    @Test func missingHomeRegion() throws {
        try expectSingleError(
            minimal.replacing("home_region: \"620000\"\n", with: "", in: "site.yml"),
            "content/site.yml:1:1: error: missing home_region")
    }

    @Test func normalisesBaseURLAndReadsExtras() throws {
        let fixture = minimal.replacing(
            "base_url: https://example.org/monitoring/",
            with: """
                base_url: https://example.org/monitoring
                markdown: {raw_html: true}
                units:
                  index: {zh: 指数, en: index}
                """, in: "site.yml"
        ).replacing(",per_mille,2,lower,decrease", with: ",index,2,lower,decrease", in: "indicators.csv")
        let site = try #require(try expectWarnings(fixture, []))
        #expect(site.settings.baseURL?.text == "https://example.org/monitoring/")
        #expect(site.settings.allowsRawHTML)
        #expect(site.settings.units == ["index": Localized(["zh": "指数", "en": "index"])])
        #expect(site.indicatorIndex["infant-mortality-rate"]?.unit == "index")
    }

    @Test func badBaseURL() throws {
        try expectSingleError(
            minimal.replacing("https://example.org/monitoring/", with: "example.org", in: "site.yml"),
            "content/site.yml:6:11: error: bad base_url \"example.org\": use an absolute http:// or https:// address")
    }

    @Test func badLanguages() throws {
        try expectError(
            minimal.replacing("languages: [zh, en]", with: "languages: [zh, zh]", in: "site.yml"),
            "content/site.yml:5:17: error: language \"zh\" is listed twice")
    }

    @Test func unknownKeyIsAWarning() throws {
        _ = try expectWarnings(
            minimal.replacing("languages:", with: "langauges: [zh]\nlanguages:", in: "site.yml"),
            [
                "content/site.yml:5:1: warning: unknown key \"langauges\" in site.yml is ignored (known keys: title, description, publisher, license, license_url, languages, base_url, home_region, comparators, units, markdown, translations)"
            ])
    }

    @Test func missingContentFolder() throws {
        let outcome = try withTemporaryDirectory { directory in
            do throws(ContentProblems) {
                _ = try ContentLoader(
                    contentDirectory: directory.appendingPathComponent("nowhere"), displayPath: "content"
                ).load()
                return [String]()
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(outcome == ["content: error: content folder not found"])
    }
}

@Suite struct ComparatorTests {
    private let minimal = ContentFixture.minimal()

    @Test func comparatorListedTwiceIsAWarningAndKeptOnce() throws {
        let site = try expectWarnings(
            minimal.replacing("comparators: [\"100000\"]", with: "comparators: [\"100000\", \"100000\"]", in: "site.yml"),
            ["content/site.yml:8:25: warning: comparator \"100000\" is listed twice; the second is ignored"])
        #expect(site?.settings.comparators == ["100000"])
    }

    @Test func homeRegionAsComparatorIsAWarning() throws {
        let site = try expectWarnings(
            minimal.replacing("comparators: [\"100000\"]", with: "comparators: [\"620000\", \"100000\"]", in: "site.yml"),
            ["content/site.yml:8:15: warning: comparator \"620000\" is the home region, which every chart draws anyway; it is ignored"])
        #expect(site?.settings.comparators == ["100000"])
    }
}
