import Testing
import TestSupport

/// The test helpers catch what they are meant to catch: a check that cannot fail proves nothing.
@Suite struct CheckerTests {
    @Test func linkCheckFindsEveryKindOfBrokenLink() {
        let page = """
            <a href="b.html">ok</a><a href="b.html#x">ok</a><a href="#here">ok</a><p id="here"></p>
            <a href="missing.html">1</a><a href="b.html#nowhere">2</a><a href="/zh/b.html">3</a>
            <a href="../../up.html">4</a><img src="img.png"><a href="https://example.org/">external</a>
            """
        let site = SiteFiles(files: ["zh/a.html": Array(page.utf8), "zh/b.html": Array("<p id=\"x\"></p>".utf8)])
        let problems = site.linkProblems()
        #expect(problems.map(\.link) == ["missing.html", "b.html#nowhere", "/zh/b.html", "../../up.html", "img.png"])
    }

    @Test func languageOfTextFollowsTheNearestLangAttribute() {
        let html = """
            <html lang="en"><head><title>Ignored</title></head><body><p>Hello<br>there</p>
            <article lang="zh"><h1>标题</h1><img src="x"><p>正文 <span lang="en">inner</span></p></article>
            <p>after</p></body></html>
            """
        #expect(HTMLScan.languages(ofText: "Hello", in: html) == ["en"])
        #expect(HTMLScan.languages(ofText: "标题", in: html) == ["zh"])
        #expect(HTMLScan.languages(ofText: "正文", in: html) == ["zh"])
        #expect(HTMLScan.languages(ofText: "inner", in: html) == ["en"])
        #expect(HTMLScan.languages(ofText: "after", in: html) == ["en"])
        #expect(HTMLScan.languages(ofText: "Ignored", in: html).isEmpty)
    }

    @Test func csvReaderHandlesQuotesAndLineEnds() {
        #expect(CSVRows.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n,\n") == [["a", "b"], ["x, y", "say \"hi\""], ["", ""]])
    }

    @Test func xmlCheckRejectsMalformedXML() {
        #expect(XMLCheck.problem(in: "<a><b></a>") != nil)
        #expect(XMLCheck.problem(in: "<a>&</a>") != nil)
        #expect(XMLCheck.problem(in: "<a x=\"1\">&amp;</a>") == nil)
    }

    @Test func attributesAreReadWithEntitiesDecoded() {
        let tag = "<a href=\"x.html?a=1&amp;b=2\" title=\"&quot;q&quot; &#39;s\" data-href=\"no\">"
        #expect(HTMLScan.attribute("href", of: tag) == "x.html?a=1&b=2")
        #expect(HTMLScan.attribute("title", of: tag) == "\"q\" 's")
        #expect(HTMLScan.attributeValues("href", in: tag) == ["x.html?a=1&b=2"], "data-href is another attribute")
    }
}
