import Foundation

/// Just enough reading of the generator's own HTML, SVG and XML to check it: tags, attributes, ids and text.
///
/// The generator writes attributes in double quotes with `&`, `<`, `>` and `"` escaped, so a plain scan
/// finds them reliably; a full HTML parser would hide nothing these checks need.
public enum HTMLScan {
    /// The start tags named `name` (`<a …>`), each as written from `<` to `>`.
    public static func tags(_ name: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<" + name) {
            let after = rest[open.upperBound...]
            guard let next = after.first, next == " " || next == ">" || next == "\n" || next == "/" else {
                rest = after
                continue
            }
            guard let close = after.firstIndex(of: ">") else { break }
            found.append(String(rest[open.lowerBound...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// The value of attribute `name` in one start tag, with entities decoded.
    public static func attribute(_ name: String, of tag: String) -> String? {
        attributeValues(name, in: tag).first
    }

    /// Every value of attribute `name` anywhere in `html`, in document order, with entities decoded.
    public static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let needle = name + "=\""
        while let range = rest.range(of: needle) {
            let before = range.lowerBound == rest.startIndex ? nil : rest[rest.index(before: range.lowerBound)]
            let valueStart = range.upperBound
            guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
            if let before, before == " " || before == "\n" || before == "\t" {
                values.append(decodeEntities(String(rest[valueStart..<end])))
            }
            rest = rest[rest.index(after: end)...]
        }
        return values
    }

    /// Every `href` and `src` (and SVG `xlink:href`) value: the addresses a page points to.
    public static func links(in html: String) -> [String] {
        attributeValues("href", in: html) + attributeValues("src", in: html)
    }

    /// Every `id` value.
    public static func ids(in html: String) -> Set<String> {
        Set(attributeValues("id", in: html))
    }

    /// What a reader can see or hear: text outside tags (without `<style>` and `<script>` bodies) and the
    /// `title`, `alt`, `aria-label` and `content` attributes, entities decoded.
    public static func readableText(_ html: String) -> String {
        let stripped = removingElements(["style", "script"], from: html)
        var text = ""
        var inTag = false
        for character in stripped {
            switch character {
            case "<": inTag = true; text.append(" ")
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        let attributes = ["title", "alt", "aria-label", "content"].flatMap { attributeValues($0, in: stripped) }
        return decodeEntities(text) + "\n" + attributes.joined(separator: "\n")
    }

    /// The text between `<name` and its matching `</name>` for the first element with `id="id"`.
    public static func element(id: String, named name: String, in html: String) -> String? {
        guard let tag = tags(name, in: html).first(where: { attribute("id", of: $0) == id }),
            let start = html.range(of: tag)
        else { return nil }
        guard let end = html[start.upperBound...].range(of: "</\(name)>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    public static func removingElements(_ names: [String], from html: String) -> String {
        var result = html
        for name in names {
            while let open = result.range(of: "<\(name)"),
                let close = result[open.upperBound...].range(of: "</\(name)>")
            {
                result.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        return result
    }

    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&apos;", "'"),
            ("&#34;", "\""), ("&#x2F;", "/"), ("&#x3D;", "="), ("&#96;", "`"),
        ] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension HTMLScan {
    /// The text around each occurrence of `needle` (at most `limit`), for messages that show where a problem is.
    public static func excerpts(of needle: String, in text: String, width: Int = 60, limit: Int = 3) -> [String] {
        text.ranges(of: needle).prefix(limit).map { range in
            let start = text.index(range.lowerBound, offsetBy: -width, limitedBy: text.startIndex) ?? text.startIndex
            let end = text.index(range.upperBound, offsetBy: width, limitedBy: text.endIndex) ?? text.endIndex
            return String(text[start..<end])
        }
    }
}
