import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Well-formedness of the XML the generator writes (feeds, sitemap, SVG), by the platform's XML parser.
public enum XMLCheck {
    /// Why `text` is not well-formed XML, or nil where it is.
    public static func problem(in text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        // On Linux `parse()` can return true after an error (a mismatched end tag), leaving only `parserError` set.
        let parsed = parser.parse()
        if parsed, parser.parserError == nil, delegate.message == nil { return nil }
        return delegate.message ?? parser.parserError.map { "\($0)" } ?? "not well-formed"
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var message: String?
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            message = "line \(parser.lineNumber), column \(parser.columnNumber): \(parseError)"
        }
    }
}
