import Foundation

extension HTMLScan {
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// The language a reader's software announces for each text run containing `needle`: the `lang` of the
    /// nearest enclosing element that has one (nil where none has).
    ///
    /// Catches text in one language inside an element marked as another, which screen readers mispronounce.
    /// Text in `<head>` (the document title) is left out: it has no element of its own to mark.
    public static func languages(ofText needle: String, in html: String) -> [String?] {
        var stack: [(name: String, lang: String?)] = []
        var found: [String?] = []
        var index = html.startIndex
        var text = ""
        func flush() {
            let inHead = stack.contains { $0.name == "head" }
            if !inHead, HTMLScan.decodeEntities(text).contains(needle) { found.append(stack.last?.lang ?? nil) }
            text = ""
        }
        while index < html.endIndex {
            guard html[index] == "<" else {
                text.append(html[index])
                index = html.index(after: index)
                continue
            }
            flush()
            if html[index...].hasPrefix("<!--") {
                index = html[index...].range(of: "-->")?.upperBound ?? html.endIndex
                continue
            }
            guard let close = html[index...].firstIndex(of: ">") else { break }
            let tag = String(html[index...close])
            index = html.index(after: close)
            if tag.hasPrefix("<!") || tag.hasPrefix("<?") { continue }
            if tag.hasPrefix("</") {
                let name = tag.dropFirst(2).dropLast().trimmingCharacters(in: .whitespaces).lowercased()
                if let open = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(open...) }
                continue
            }
            let name = String(tag.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }).lowercased()
            let lang = attribute("lang", of: tag) ?? stack.last?.lang ?? nil
            if name == "style" || name == "script" {
                index = html[index...].range(of: "</\(name)>")?.upperBound ?? html.endIndex
                continue
            }
            if voidElements.contains(name) || tag.hasSuffix("/>") { continue }
            stack.append((name, lang))
        }
        flush()
        return found
    }
}
