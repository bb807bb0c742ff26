import SiteModel
import Testing

/// The one address checker: what may reach an `href` or `src`.
@Suite struct WebAddressTests {
    private func problem(_ text: String, _ form: WebAddress.Form) -> WebAddress.Problem? {
        if case .failure(let problem) = WebAddress.check(text, as: form) { return problem }
        return nil
    }

    @Test(arguments: [
        "https://example.org", "http://example.org/a?b=1#c", "HTTPS://Example.org/统计/", "https://example.org:8080",
    ])
    func webAddressesAreAcceptedInBothForms(_ text: String) {
        #expect(problem(text, .absolute) == nil)
        #expect(problem(text, .link) == nil)
    }

    @Test(arguments: ["mailto:office@example.org", "tel:+86-931-0000000", "../x.html", "#p1", "?page=2", "a/b:c"])
    func linksMayBeRelativeOrMailAndPhone(_ text: String) {
        #expect(problem(text, .link) == nil)
        #expect(problem(text, .absolute) != nil)
    }

    @Test(arguments: [
        ("javascript:alert(1)", WebAddress.Problem.scheme("javascript")),
        ("JavaScript:alert(1)", .scheme("JavaScript")),
        ("vbscript:msgbox", .scheme("vbscript")),
        ("data:image/png;base64,iVBORw0KGgo=", .scheme("data")),
        ("file:///etc/passwd", .scheme("file")),
        ("indicator:x", .scheme("indicator")),
        ("java\tscript:alert(1)", .forbiddenCharacter("\t")),
        (" javascript:alert(1)", .forbiddenCharacter(" ")),
        ("https://example.org/a b", .forbiddenCharacter(" ")),
        ("https://example.org/\na", .forbiddenCharacter("\n")),
        ("https://example.org/\u{01}", .forbiddenCharacter("\u{01}")),
        ("https://example.org/\u{202E}fdp.exe", .forbiddenCharacter("\u{202E}")),
        ("https:\\\\evil.example", .forbiddenCharacter("\\")),
        ("//evil.example/x", .protocolRelative),
        ("https:evil.example", .noHost),
        ("https://", .noHost),
        ("https:///x", .noHost),
        ("", .empty),
    ])
    func everythingElseIsRefused(_ text: String, _ expected: WebAddress.Problem) {
        #expect(problem(text, .link) == expected)
        #expect(problem(text, .absolute) == expected)
    }

    @Test func aBaseHasNoQueryOrFragment() {
        #expect(problem("https://example.org/?a=1", .base) == .queryInBase)
        #expect(problem("https://example.org/#top", .base) == .queryInBase)
        #expect(problem("https://example.org/x", .base) == nil)
        #expect(problem("/x/", .base) == .notAbsolute)
    }

    @Test func aBaseEndsWithASlash() throws {
        #expect(try WebAddress.check("https://example.org/x", as: .absolute).get().asBase.text == "https://example.org/x/")
        #expect(try WebAddress.check("https://example.org/x/", as: .absolute).get().asBase.text == "https://example.org/x/")
    }
}
