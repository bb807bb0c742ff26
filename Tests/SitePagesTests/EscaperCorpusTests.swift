import Foundation
import Mustache
import Plotting
@testable import SitePages
import Spreadsheet
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every escaper of the site on the same hostile strings: markup (pages, templates, charts, feeds), JSON and CSV.
@Suite struct EscaperCorpusTests {
    /// What a reader sees of `text` once escaped and parsed back: the input without what markup may not hold.
    static func visible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(MarkupEscaping.isAllowed)))
    }

    @Test(arguments: HostileStrings.corpus)
    func markupParsesBackAsWritten(hostile: String) throws {
        let xml = "<r a=\"\(MarkupEscaping.attribute(hostile))\" b='\(MarkupEscaping.attribute(hostile))'>"
            + "\(MarkupEscaping.text(hostile))</r>"
        let parsed = try #require(ParsedElement(xml), "not well-formed: \(xml.debugDescription)")
        #expect(parsed.attributes["a"] == Self.visible(hostile))
        #expect(parsed.attributes["b"] == Self.visible(hostile))
        #expect(parsed.text == Self.visible(hostile))
        for escaped in [MarkupEscaping.text(hostile), MarkupEscaping.attribute(hostile)] {
            #expect(!escaped.unicodeScalars.contains { !MarkupEscaping.isAllowed($0) })
            #expect(!escaped.contains("<") && !escaped.contains(">"))
        }
    }

    /// swift-mustache escapes `{{…}}` with `MarkupEscaping.attribute`, in templates and in their partials.
    @Test(arguments: HostileStrings.corpus)
    func templatesEscapeAsEveryOtherMarkup(hostile: String) throws {
        var library = MustacheLibrary()
        library.register(try Theme.template("<p title=\"{{value}}\">{{value}}</p>{{>inner}}"), named: "outer")
        library.register(try Theme.template("<i data-x='{{value}}'>{{value}}</i>"), named: "inner")
        let escaped = MarkupEscaping.attribute(hostile)
        let expected = "<p title=\"\(escaped)\">\(escaped)</p><i data-x='\(escaped)'>\(escaped)</i>"
        #expect(library.render(["value": hostile], withTemplate: "outer") == expected)
    }

    /// The line put before each template for the escaping is not counted in the lines of its errors.
    @Test func templateErrorsKeepTheirLines() throws {
        try withTemporaryDirectory { folder in
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            try Data("<p>\n<b>{{/close}}</b>\n</p>\n".utf8).write(to: templates.appendingPathComponent("home.mustache"))
            do {
                _ = try Theme.load(assets: PackagePaths.assets.path, overrides: folder.path, languages: ["en"])
                Issue.record("a broken template loaded")
            } catch let error as ThemeProblems {
                let problem = error.problems.first { $0.file.hasSuffix("home.mustache") }
                #expect(problem?.line == 2, "\(error)")
            }
        }
    }

    @Test(arguments: HostileStrings.corpus)
    func jsonReadsBackExactly(hostile: String) throws {
        let json = JSONValue.array([.string(hostile)]).serialized()
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "controls are escaped")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(parsed == [hostile])
    }

    @Test(arguments: HostileStrings.corpus)
    func csvReadsBackExactlyAndTheWorkbookHoldsNoFormula(hostile: String) throws {
        var plain = CSVWriter(header: ["id", "name"])
        plain.append(["x", hostile])
        #expect(CSVRows.parse(String(decoding: plain.bytes, as: UTF8.self)) == [["id", "name"], ["x", hostile]])

        var sheet = Worksheet(frozenRows: 1)
        sheet.appendHeader(["id", "name"])
        sheet.append([.text("x"), .text(hostile)])
        let entries = try ZipArchive.entries(of: try Workbook(title: hostile, sheets: [.init(name: hostile, worksheet: sheet)]).xlsx())
        for entry in entries {
            #expect(XMLCheck.problem(in: String(decoding: entry.bytes, as: UTF8.self)) == nil, "\(entry.path)")
        }
        let cell = try #require(SheetXML.sheet(1, of: entries)?.last?.last)
        #expect(cell.type == "s" && !cell.hasFormula, "text, never evaluated")
        #expect(cell.value == MarkupEscaping.removingForbiddenCharacters(hostile))
    }
}

/// The root element of a small XML text: its attributes and text, as an XML parser reads them.
private final class ParsedElement: NSObject, XMLParserDelegate {
    private(set) var attributes: [String: String] = [:]
    private(set) var text = ""

    init?(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse(), parser.parserError == nil else { return nil }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        self.attributes = attributes
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
