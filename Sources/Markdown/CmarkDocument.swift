import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns one parsed cmark tree for the duration of a closure. cmark pointers are not `Sendable`, so a
/// document never escapes the call that parsed it; separate calls share nothing and may run in parallel.
enum CmarkDocument {
    static func parse<Result>(
        _ text: String, smartPunctuation: Bool, _ body: (CmarkNode) -> Result
    ) -> Result {
        // SOURCEPOS makes cmark correct the positions of inline nodes on the later lines of a paragraph.
        var options = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SOURCEPOS
        if smartPunctuation { options |= CMARK_OPT_SMART }
        let utf8Count = text.utf8.count
        guard let root = cmark_parse_document(text, utf8Count, options) else {
            fatalError("cmark could not allocate a document")
        }
        defer { cmark_node_free(root) }
        return body(CmarkNode(root))
    }

    /// Renders with UNSAFE so that the anchors and chart HTML inserted by this module survive; the
    /// author's raw HTML and dangerous URLs have been neutralised in the tree before this is called.
    static func html(of root: CmarkNode, smartPunctuation: Bool) -> String {
        var options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8
        if smartPunctuation { options |= CMARK_OPT_SMART }
        guard let buffer = cmark_render_html(root.pointer, options) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }
}
