import Foundation
import SiteModel
import Testing

/// The machine formats of `almanac check` are a contract (docs/check-output.md): these tests read them back as
/// a tool would, with a JSON parser and with GitHub's command syntax.
@Suite struct DiagnosticFormatTests {
    private let tricky = Diagnostic(
        .warning, "value \"106.32\" is over 100%, see a,b: c\nnext line\u{1B}",
        at: SourceLocation(file: "content/data/a,b:c.csv", line: 2, column: 7), code: "value.exceeds-bound",
        hint: "add value.exceeds-bound to acknowledged", note: "原文如此，100%")

    @Test func jsonLineParsesBackToEveryField() throws {
        let line = tricky.jsonLine
        #expect(!line.contains("\n"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["severity"] as? String == "warning")
        #expect(object["file"] as? String == "content/data/a,b:c.csv")
        #expect(object["line"] as? Int == 2)
        #expect(object["column"] as? Int == 7)
        #expect(object["code"] as? String == "value.exceeds-bound")
        #expect(object["message"] as? String == tricky.message)
        #expect(object["hint"] as? String == "add value.exceeds-bound to acknowledged")
        #expect(object["note"] as? String == "原文如此，100%")
    }

    @Test func jsonLineWithoutPlaceHintOrNote() throws {
        let plain = Diagnostic(.error, "missing required file", at: SourceLocation(file: "content/site.yml"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(plain.jsonLine.utf8)) as? [String: Any])
        #expect(object["line"] is NSNull)
        #expect(object["column"] is NSNull)
        #expect(object["code"] as? String == "content.error")
        #expect(object["hint"] == nil && object["note"] == nil)
        #expect(Set(object.keys) == ["severity", "file", "line", "column", "code", "message"])
    }

    /// `::command key=value,key=value::message`, where no value holds `,` or `:` and nothing holds CR or LF.
    private static var annotation: Regex<(Substring, Substring, Substring, Substring)> { /^::(error|warning|notice) ((?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/ }

    private static func unescape(_ text: Substring) -> String {
        text.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
            .replacingOccurrences(of: "%25", with: "%")
    }

    @Test func githubAnnotationParsesBackToEveryField() throws {
        let match = try #require(tricky.githubAnnotation.wholeMatch(of: Self.annotation))
        #expect(match.output.1 == "warning")
        var properties: [String: String] = [:]
        for pair in match.output.2.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            properties[String(parts[0])] = Self.unescape(parts[1])
        }
        #expect(properties == ["file": "content/data/a,b:c.csv", "line": "2", "col": "7", "title": "value.exceeds-bound"])
        #expect(
            Self.unescape(match.output.3)
                == "value \"106.32\" is over 100%, see a,b: c\\u{A}next line\\u{1B}\nnote: 原文如此，100%\nhint: add value.exceeds-bound to acknowledged")
    }

    @Test func infoIsANoticeAndAFileWithoutLineHasNoLineProperty() throws {
        let info = Diagnostic(.info, "acknowledged", at: SourceLocation(file: "x.csv"), code: "series.outlier")
        #expect(info.githubAnnotation == "::notice file=x.csv,title=series.outlier::acknowledged")
        #expect(info.githubAnnotation.wholeMatch(of: Self.annotation) != nil)
    }

    @Test func textKeepsTheBuildsLineAndAddsIndentedNoteAndHint() {
        #expect(
            tricky.textLines == [
                "content/data/a,b:c.csv:2:7: warning: value \"106.32\" is over 100%, see a,b: c\\u{A}next line\\u{1B}",
                "    note: 原文如此，100%",
                "    hint: add value.exceeds-bound to acknowledged",
            ])
        #expect(Diagnostic.warning("w", at: SourceLocation(file: "f", line: 1)).textLines == ["f:1: warning: w"])
    }

    @Test func infoSortsAfterWarning() {
        #expect(Severity.error < .warning && Severity.warning < .info)
    }
}
