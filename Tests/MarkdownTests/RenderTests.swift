import Markdown
import Testing

@Suite struct RenderTests {
    @Test func smartPunctuationIsOnByDefault() {
        #expect(Markdown.render(#""Quoted" -- it's"#) == "<p id=\"p1\">“Quoted” – it’s</p>\n")
    }

    @Test func smartPunctuationCanBeTurnedOff() {
        let html = Markdown.render(#""Quoted" -- it's"#, options: .init(smartPunctuation: false))
        #expect(html == "<p id=\"p1\">&quot;Quoted&quot; -- it's</p>\n")
    }

    @Test func cjkLineWrapsAreJoinedInHTMLButOtherWrapsKept() {
        let html = Markdown.render("全省妇女\n儿童发展\nand English\nwords")
        #expect(html == "<p id=\"p1\">全省妇女儿童发展\nand English\nwords</p>\n")
    }

    @Test func cjkLineWrapsInHeadingsAreJoined() {
        #expect(Markdown.render("妇女\n儿童\n---") == "<h2 id=\"s1\">妇女儿童</h2>\n")
    }

    @Test func outputIsDeterministic() {
        let first = Markdown.render(Sample.document)
        #expect((0..<5).allSatisfy { _ in Markdown.render(Sample.document) == first })
    }

    @Test func separateDocumentsRenderInParallel() async {
        let expected = Markdown.render(Sample.document)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<32 {
                group.addTask { Markdown.render(Sample.document) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func invalidInputNeverCrashes() {
        let odd = "\u{0}\u{FFFD}[](<>)\n```chart\n\n- \n>\n\n# \n\n![]()\n\u{1F600}\n" + String(repeating: "> ", count: 200) + "x"
        let html = Markdown.render(odd)
        #expect(html.contains(#"id="p1""#))
        _ = Markdown.outline(odd)
    }
}

@Suite struct ControlCharacterRenderTests {
    /// cmark turns `&#1;` into the raw character; the rendered HTML must not carry it.
    @Test func characterReferencesToControlCharactersAreDropped() {
        let html = Markdown.render("a&#1;b&#27;c&#x7f;d")
        #expect(html == #"<p id="p1">abcd</p>"# + "\n")
    }
}
