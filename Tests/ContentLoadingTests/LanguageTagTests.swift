import Foundation
import SiteModel
import Testing
import TestSupport

@testable import ContentLoading

/// Languages in site.yml are BCP 47 tags, written one way (canonical case), as they become folders and `lang`.
@Suite struct LanguageTagTests {
    let minimal = ContentFixture.minimal()

    @Test(arguments: ["zh", "en", "fr", "ar", "zh-Hant", "zh-Hans-CN", "pt-BR", "es-419", "sr-Latn-RS", "de-CH-1996", "yue"])
    func wellFormedTagsInCanonicalCase(_ tag: String) {
        #expect(LanguageTagSyntax.problem(tag) == nil, "\(tag)")
    }

    @Test func otherCasesAreRefusedWithTheCanonicalSpelling() {
        #expect(LanguageTagSyntax.problem("pt-br")?.contains("write it pt-BR") == true)
        #expect(LanguageTagSyntax.problem("zh-hant")?.contains("write it zh-Hant") == true)
        #expect(LanguageTagSyntax.problem("EN")?.contains("write it en") == true)
    }

    @Test(arguments: ["", "e", "english!", "zh_CN", "zh--CN", "-en", "en-", "123", "en-x-private", "en-u-nu-arab", "toolonglanguage"])
    func malformedTagsAreRefused(_ tag: String) {
        #expect(LanguageTagSyntax.problem(tag) != nil, "\(tag)")
    }

    @Test func siteYAMLRefusesAMalformedTagWhereItIsWritten() throws {
        try expectError(
            minimal.replacing("languages: [zh, en]", with: "languages: [zh, en_GB]", in: "site.yml"),
            "content/site.yml:5:17: error: bad language code \"en_GB\": use a BCP 47 language tag such as zh, en, zh-Hant or pt-BR")
        try expectError(
            minimal.replacing("languages: [zh, en]", with: "languages: [zh, en-gb]", in: "site.yml"),
            "content/site.yml:5:17: error: bad language code \"en-gb\": write it en-GB (BCP 47 case: language lowercase, script Capitalised, region UPPERCASE)")
    }
}
