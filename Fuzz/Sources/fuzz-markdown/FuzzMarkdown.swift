import FuzzSupport
import Markdown

/// A Markdown body through the outline (links, chart blocks, paragraphs, headings, raw HTML with positions)
/// and the renderer, with and without raw HTML and smart punctuation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    let outline = Markdown.outline(text)
    let lines = text.utf8.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } + 1
    let positions = outline.links.map(\.position) + outline.charts.map(\.position) + outline.rawHTML
    for position in positions {
        fuzzExpect((1...lines).contains(position.line) && position.column >= 1, "positions lie inside the text")
    }
    for (index, chart) in outline.charts.enumerated() {
        fuzzExpect(chart.index == index, "chart blocks are numbered in order")
    }
    for allowsRawHTML in [false, true] {
        let html = Markdown.render(
            text, options: MarkdownRenderOptions(allowsRawHTML: allowsRawHTML, smartPunctuation: !allowsRawHTML),
            linkResolver: { $0.hasPrefix("indicator:") ? "/indicators/x/" : nil },
            chartRenderer: { "<figure id=\"chart-\($0.index)\"></figure>" })
        if !allowsRawHTML {
            fuzzExpect(!html.lowercased().contains("<script"), "no script element without raw HTML")
            for url in attributeValues(html, names: ["href=\"", "src=\""]) {
                fuzzExpect(!isDangerous(url), "no link that runs code: \(url)")
            }
        }
    }
    return 0
}

/// The values of the named attributes in HTML that cmark wrote (double-quoted, `"` escaped inside).
private func attributeValues(_ html: String, names: [String]) -> [String] {
    var values: [String] = []
    for name in names {
        var rest = Substring(html)
        while let start = rest.range(of: name) {
            rest = rest[start.upperBound...]
            let value = rest.prefix { $0 != "\"" }
            values.append(String(value))
            rest = rest.dropFirst(value.count)
        }
    }
    return values
}

/// Written independently of the module's check: the schemes a browser would run, after what it ignores.
private func isDangerous(_ url: String) -> Bool {
    let scalars = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
    let text = String(String.UnicodeScalarView(scalars)).lowercased()
    guard let colon = text.firstIndex(of: ":") else { return false }
    switch text[..<colon] {
    case "javascript", "vbscript", "file": return true
    case "data": return !["image/png", "image/gif", "image/jpeg", "image/webp"].contains { text.hasPrefix("data:" + $0) }
    default: return false
    }
}
