import Markdown
import Testing

@Suite struct OutlineTests {
    @Test func emptyInputHasNothing() {
        let outline = Markdown.outline("")
        #expect(outline.links.isEmpty && outline.charts.isEmpty && outline.paragraphs.isEmpty)
        #expect(outline.headings.isEmpty && outline.rawHTML.isEmpty)
        #expect(Markdown.render("") == "")
        #expect(Markdown.render("\n\n  \n") == "")
    }

    @Test func paragraphTextJoinsInlinesAndReadsCJKLineWrapsContinuously() {
        let outline = Markdown.outline("""
            全省妇女
            儿童发展，
            取得成效。Then English
            wraps with *a space*,
            `code`\\
            and a hard break.
            """)
        #expect(outline.paragraphs == ["全省妇女儿童发展，取得成效。Then English wraps with a space, code\nand a hard break."])
    }

    @Test func mixedScriptLineWrapsKeepTheSpace() {
        #expect(Markdown.outline("2020年\n全省").paragraphs == ["2020年全省"])
        #expect(Markdown.outline("共计100\n人").paragraphs == ["共计100 人"])
        #expect(Markdown.outline("한국어\n문장").paragraphs == ["한국어 문장"])
    }

    @Test func headingsHaveLevelsTextAndAnchors() {
        let outline = Markdown.outline("# 一、总体\n\ntext\n\n## Detail *part*\n")
        #expect(outline.headings == [
            MarkdownHeading(level: 1, text: "一、总体", anchor: "s1"),
            MarkdownHeading(level: 2, text: "Detail part", anchor: "s2"),
        ])
    }

    @Test func linksInDocumentOrderWithTextAndCharacterColumns() {
        let outline = Markdown.outline("""
            # 见[标题](page:about)

            孕产妇死亡率见[指标](indicator:maternal-mortality-ratio)和
            地区[酒泉](region:620900)。![图](a.png)

            > - [doc](document:bulletin-2021)
            """)
        #expect(outline.links == [
            MarkdownLink(destination: "page:about", text: "标题", position: .init(line: 1, column: 4)),
            MarkdownLink(
                destination: "indicator:maternal-mortality-ratio", text: "指标", position: .init(line: 3, column: 8)),
            MarkdownLink(destination: "region:620900", text: "酒泉", position: .init(line: 4, column: 3)),
            MarkdownLink(destination: "a.png", text: "图", position: .init(line: 4, column: 23)),
            MarkdownLink(destination: "document:bulletin-2021", text: "doc", position: .init(line: 6, column: 5)),
        ])
    }

    @Test func columnsIgnoreAByteOrderMarkAndFollowCRLFLines() {
        let outline = Markdown.outline("\u{FEFF}中文 [a](x)\r\n第二行 [b](y)\r第三 [c](z)")
        #expect(outline.links.map(\.position) == [
            MarkdownPosition(line: 1, column: 4),
            MarkdownPosition(line: 2, column: 5),
            MarkdownPosition(line: 3, column: 4),
        ])
    }

    @Test func outlineKeepsPunctuationAsWritten() {
        #expect(Markdown.outline(#""Quoted" -- text"#).paragraphs == [#""Quoted" -- text"#])
    }
}
