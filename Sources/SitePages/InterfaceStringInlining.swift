/// A template's text with its `{{i18n.…}}` tags replaced by one language's interface strings, so a page's render
/// no longer looks each of them up: swift-mustache splits every dotted name and searches the context stack for it,
/// for every tag of every page (a tenth of a large build), while the strings are the same for every page of a language.
///
/// Replacing is only done where the template then renders byte for byte as it did: the replaced text is what the
/// tag rendered (`{{…}}` escaped by the templates' escaper, `{{{…}}}` and `{{&…}}` raw), and it must parse as
/// plain text in that place (see `fits`). Everything else keeps its tag and is looked up as before: sections on
/// strings (`{{#i18n.x}}`), names with transforms, a missing key, a value that is not a text. The text is read the
/// way swift-mustache's parser reads it (characters, the first `}}` closing a tag); a template that sets other
/// delimiters (`{{=<% %>=}}`) is left as it is, and one that names a content type (`{{%…}}`) is refused by
/// `applies(to:)`, since its escaping would then reach other templates' blocks.
enum InterfaceStringInlining {
    /// `text` with every plain `{{i18n.a.b}}`, `{{{i18n.a.b}}}` and `{{& i18n.a.b}}` whose value `interface` holds
    /// replaced by it; nil when nothing was replaced or the template sets its delimiters.
    ///
    /// - Parameters:
    ///   - interface: the interface strings as the templates see them (`UIStrings.templateTree`'s value).
    ///   - escape: the escaping of `{{…}}` (`AlmanacHTML`).
    static func inlined(_ text: String, interface: Any?, escape: (String) -> String) -> String? {
        var result = ""
        var copied = text.startIndex
        var position = text.startIndex
        while let open = delimiter("{", in: text, from: position) {
            let sigilIndex = text.index(open, offsetBy: 2)
            guard sigilIndex < text.endIndex else { return nil }
            // swift-mustache drops a `{{` that ends a line and reads on from the line break, as text.
            if text[sigilIndex].isNewline {
                position = sigilIndex
                continue
            }
            guard let close = delimiter("}", in: text, from: sigilIndex) else { return nil }
            var end = text.index(close, offsetBy: 2)
            let name: Substring
            let escaped: Bool
            switch text[sigilIndex] {
            case "=", "%":
                return nil
            case "{":
                guard end < text.endIndex, text[end] == "}" else { return nil }
                end = text.index(after: end)
                name = text[text.index(after: sigilIndex)..<close]
                escaped = false
            case "&":
                name = text[text.index(after: sigilIndex)..<close]
                escaped = false
            case "!", "#", "^", "/", ">", "<", "$":
                position = end
                continue
            default:
                name = text[sigilIndex..<close]
                escaped = true
            }
            position = end
            guard let value = value(named: name, in: interface) else { continue }
            let replacement = escaped ? escape(value) : value
            guard fits(replacement, atLineStart: isLineStart(open, in: text)) else { continue }
            result += text[copied..<open]
            result += replacement
            copied = end
        }
        guard copied != text.startIndex else { return nil }
        result += text[copied...]
        return result
    }

    /// Whether a theme's templates may have their strings replaced at all: not when one names a content type
    /// (`{{% CONTENT_TYPE: … }}`), whose escaper then also applies to the blocks other templates fill in it; and not
    /// for a language with a key part named `i18n`, which a tag inside a section on the strings would find first.
    static func applies(to texts: some Sequence<String>, keys: some Sequence<String>) -> Bool {
        !texts.contains { $0.contains("{{%") } && !keys.contains { $0.split(separator: ".").contains("i18n") }
    }

    /// The first `xx` (two `delimiter` characters, compared as the parser compares: by character) at or after
    /// `start`.
    private static func delimiter(_ character: Character, in text: String, from start: String.Index) -> String.Index? {
        var index = start
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == character, next < text.endIndex, text[next] == character { return index }
            index = next
        }
        return nil
    }

    /// The text of `i18n.a.b`, found as swift-mustache finds it from the page's root (`["i18n": tree, …]`): the name
    /// split at dots, empty parts dropped, each part a dictionary key. Nil for any other name, a name with transforms
    /// (`i18n.x(f)`), one relative to the current object (`.i18n.x`), and a missing or non-text value.
    static func value(named tag: Substring, in interface: Any?) -> String? {
        let name = tag.trimmingWhitespace()
        guard name.first != ".", !name.contains("("), !name.contains(")") else { return nil }
        let parts = name.split(separator: ".")
        guard parts.count > 1, parts[0] == "i18n" else { return nil }
        var node = interface
        for part in parts.dropFirst() {
            node = (node as? [String: Any])?[String(part)]
        }
        return node as? String
    }

    /// Whether `replacement` in place of a tag parses as the text it is: not empty and not only spaces and tabs
    /// (those would make a neighbouring tag stand alone on its line, removing the line), no `{` (which could open a
    /// tag) and no line break (which would start a line, changing standalone tags and indentation), and no character
    /// that joins the text around it into one character (a combining mark after a tag's `}`, a prepended mark before
    /// `{`). At the start of a line it must not start with a space or tab either, which the parser reads as the
    /// line's indentation (trimmed inside the layout's blocks).
    static func fits(_ replacement: String, atLineStart: Bool) -> Bool {
        guard replacement.contains(where: { $0 != " " && $0 != "\t" }) else { return false }
        guard !replacement.unicodeScalars.contains(where: { $0 == "{" || breaksLine($0) }) else { return false }
        guard ("x" + replacement + "x").count == replacement.count + 2 else { return false }
        if atLineStart, let first = replacement.first, first == " " || first == "\t" { return false }
        return true
    }

    /// Whether only spaces and tabs stand between the last line break (or the template's start, a line of its own
    /// after the content-type line `Theme.template` puts first) and `index`.
    private static func isLineStart(_ index: String.Index, in text: String) -> Bool {
        var before = index
        while before > text.startIndex {
            let previous = text.index(before: before)
            let character = text[previous]
            if character.isNewline { return true }
            guard character == " " || character == "\t" else { return false }
            before = previous
        }
        return true
    }

    /// The scalars `Character.isNewline` holds.
    private static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }
}

extension Substring {
    /// Without the whitespace swift-mustache allows around a tag's name (`{{ i18n.a }}`).
    fileprivate func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return self[first...last]
    }
}
