import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

/// Control characters in YAML and front matter are errors where they are written; in Markdown prose they are
/// removed with a warning.
@Suite struct ControlCharacterTests {
    private let minimal = ContentFixture.minimal()
    private let document = "documents/bulletin-2021.en.md"

    @Test func escapedControlCharacterInAFrontMatterTitleIsAnError() throws {
        try expectSingleError(
            minimal.replacing(
                "title: Monitoring bulletin", with: #"title: "Monitoring\x01 bulletin"#, in: document
            ).replacing("for women and children\ndate:", with: "for women and children\"\ndate:", in: document),
            "content/documents/bulletin-2021.en.md:2:8: error: title holds the invisible control character U+0001; remove it")
    }

    @Test func escapeAndBidiOverrideInSiteYMLAreErrors() throws {
        let outcome = try load(
            minimal.replacing("home_region: \"620000\"", with: #"home_region: "620000\u202E""#, in: "site.yml"))
        #expect(outcome.site == nil)
        #expect(outcome.messages.first == "content/site.yml:7:14: error: home_region holds the invisible control character U+202E; remove it", "\(outcome.messages)")
        try expectSingleError(
            minimal.replacing(
                "en: Gansu Women and Children Development Monitoring}", with: #"en: "\e[31mGansu"}"#, in: "site.yml"),
            "content/site.yml:1:32: error: title.en holds the invisible control character U+001B; remove it")
    }

    @Test func rawControlCharacterInYAMLIsAnErrorAtItsPlace() throws {
        let fixture = minimal.replacing("home_region: \"620000\"", with: "home_region: \"62\u{01}0000\"", in: "site.yml")
        try expectSingleError(
            fixture, "content/site.yml:7:17: error: bad YAML: control characters are not allowed (U+0001)")
    }

    @Test func controlCharactersInProseAreRemovedWithAWarning() throws {
        let fixture = minimal.replacing(
            "The main targets", with: "The main\u{01} targets\u{1B}[2J", in: document)
        let outcome = try load(fixture)
        #expect(outcome.messages == [
            "content/documents/bulletin-2021.en.md:11:9: warning: removed the invisible control character U+0001 (and 1 more) from the text"
        ])
        let body = try #require(outcome.site?.documentIndex["bulletin-2021"]?.versions["en"]?.body.markdown)
        #expect(body.contains("The main targets[2J"))
        #expect(!body.unicodeScalars.contains { $0.value < 0x09 || $0.value == 0x1B })
    }
}
