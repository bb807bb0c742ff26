import Foundation
import Plotting

/// An Office Open XML workbook (`.xlsx`): named worksheets in a zip, with the few parts every reader needs.
///
/// Bytes are the same for the same sheets on every run: parts in a fixed order, the zip's fixed date, no
/// creation time in the document properties, shared strings numbered in the order the sheets first used them.
/// The sheets share one string table (`Worksheet.strings`), made before the first of them.
public struct Workbook: Sendable {
    public struct Sheet: Sendable {
        public var name: String
        public var worksheet: Worksheet

        public init(name: String, worksheet: Worksheet) {
            self.name = name
            self.worksheet = worksheet
        }
    }

    /// The document title readers show in their properties.
    public var title: String
    public var sheets: [Sheet]

    public init(title: String, sheets: [Sheet]) {
        self.title = title
        self.sheets = sheets
    }

    /// The `.xlsx` file.
    public func xlsx() throws -> [UInt8] {
        try ZipArchive.bytes(of: entries())
    }

    /// The `.xlsx` file, written into the empty file at `url` a chunk at a time: the same bytes as `xlsx()`, with
    /// no more than a chunk of a sheet in memory beside what the sheets themselves hold.
    public func write(to url: URL) throws {
        try ZipArchive.write(entries(), to: url)
    }

    /// The string table all the sheets write to; an empty one for a workbook without sheets.
    private func sharedStrings() throws(Failure) -> SharedStrings {
        guard let strings = sheets.first?.worksheet.strings else { return SharedStrings() }
        for sheet in sheets where sheet.worksheet.strings !== strings {
            throw .sheetWithItsOwnStrings(sheet.name)
        }
        return strings
    }

    private func entries() throws -> [ZipArchive.Entry] {
        let strings = try sharedStrings()
        let references = sheets.reduce(0) { $0 + $1.worksheet.textCellCount }
        var entries: [ZipArchive.Entry] = [
            .init(path: "[Content_Types].xml", bytes: contentTypes()),
            .init(path: "_rels/.rels", bytes: WorkbookParts.packageRelationships),
            .init(path: "docProps/app.xml", bytes: WorkbookParts.appProperties),
            .init(path: "docProps/core.xml", bytes: coreProperties()),
            .init(path: "xl/workbook.xml", bytes: workbookXML()),
            .init(path: "xl/_rels/workbook.xml.rels", bytes: workbookRelationships()),
            .init(path: "xl/styles.xml", bytes: WorkbookParts.styles),
            .init(path: "xl/sharedStrings.xml", bytes: strings.xml(references: references)),
        ]
        for (index, sheet) in sheets.enumerated() {
            entries.append(.init(path: "xl/worksheets/sheet\(index + 1).xml", pieces: try sheet.worksheet.pieces()))
        }
        return entries
    }

    /// Sheet names as Excel accepts them: none of `[]:*?/\`, at most 31 characters, not empty, each once.
    public var sheetNames: [String] {
        var used: Set<String> = []
        return sheets.enumerated().map { index, sheet in
            var name = String(sheet.name.filter { !"[]:*?/\\".contains($0) && $0.unicodeScalars.allSatisfy(MarkupEscaping.isAllowed) }.prefix(31))
            if name.isEmpty || used.contains(name.lowercased()) { name = "Sheet\(index + 1)" }
            used.insert(name.lowercased())
            return name
        }
    }

    private func contentTypes() -> [UInt8] {
        var xml = WorkbookParts.declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in sheets.indices {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        xml += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        xml += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        xml += #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        xml += "</Types>"
        return Array(xml.utf8)
    }

    private func workbookXML() -> [UInt8] {
        var xml = WorkbookParts.declaration
        xml += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, name) in sheetNames.enumerated() {
            xml += #"<sheet name="\#(MarkupEscaping.attribute(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        xml += "</sheets></workbook>"
        return Array(xml.utf8)
    }

    private func workbookRelationships() -> [UInt8] {
        var xml = WorkbookParts.declaration
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in sheets.indices {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        xml += #"<Relationship Id="rId\#(sheets.count + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        xml += "</Relationships>"
        return Array(xml.utf8)
    }

    private func coreProperties() -> [UInt8] {
        var xml = WorkbookParts.declaration
        xml += #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
        xml += "<dc:title>\(MarkupEscaping.text(title))</dc:title></cp:coreProperties>"
        return Array(xml.utf8)
    }

    public enum Failure: Error, Sendable, Equatable {
        /// A sheet made with a string table of its own (named): its cells' numbers mean nothing in the workbook's.
        case sheetWithItsOwnStrings(String)
    }
}
