import Mustache
@testable import SitePages
import Testing

/// Texts take swift-mustache's short path (`MustacheCustomRenderable`) and render exactly as texts it does not
/// know — here substrings, which take the long one — in every kind of tag.
@Suite struct StringRenderableTests {
    @Test(arguments: ["plain", "", "<b>&\"'", "定西市", "e\u{301}"])
    func textsRenderAsBefore(text: String) throws {
        let template = try Theme.template(
            "{{a}}|{{{a}}}|{{#a}}[{{.}}]{{/a}}|{{^a}}none{{/a}}|{{uppercased(a)}}|{{#empty(a)}}empty{{/empty(a)}}")
        let string = template.render(["a": text])
        let substring = template.render(["a": text[...]])
        #expect(string == substring)
        #expect((text as Any) is MustacheCustomRenderable, "texts take the short path")
        #expect((text[...] as Any) is MustacheCustomRenderable == false, "the comparison takes the long one")
    }
}
