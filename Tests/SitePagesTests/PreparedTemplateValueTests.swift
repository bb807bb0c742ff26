@testable import SitePages
import SiteModel
import Testing

/// The interface strings are made into template values once per language and shared by every page: what a
/// template reads through them must be what it read through the tree converted page by page.
@Suite struct PreparedTemplateValueTests {
    @Test func preparedStringsConvertLikeTheTreeTheyComeFrom() {
        let strings = UIStrings(
            language: "en",
            texts: ["status.met": "Met", "status.not_met": "Not met", "nav.home": "Home", "a.b.c": "deep"])
        let prepared = TemplateValue.make(["i18n": strings.templateTree]) as? [String: Any]
        let fresh = TemplateValue.make(["i18n": strings.tree]) as? [String: Any]
        let preparedTree = prepared?["i18n"] as? [String: Any]
        let freshTree = fresh?["i18n"] as? [String: Any]
        #expect((preparedTree?["status"] as? [String: Any])?["met"] as? String == "Met")
        #expect(((preparedTree?["a"] as? [String: Any])?["b"] as? [String: Any])?["c"] as? String == "deep")
        #expect(preparedTree?["nav"] as? [String: String] == freshTree?["nav"] as? [String: String])
        #expect(preparedTree?["status"] as? [String: String] == freshTree?["status"] as? [String: String])
    }
}
