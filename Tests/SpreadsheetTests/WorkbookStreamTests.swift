import Foundation
@testable import Spreadsheet
import Testing
import TestSupport

/// A workbook written into its file as it is made, its data sheet's rows put aside in a scratch file a part at a
/// time, has the bytes of the workbook made in memory, its shared string table included.
@Suite struct WorkbookStreamTests {
    static func dataSheet(scratch: ByteFile? = nil, partSize: Int = Worksheet.defaultPartSize) -> Worksheet {
        var sheet = Worksheet(frozenRows: 1, scratch: scratch, partSize: partSize)
        sheet.appendHeader(["region", "year", "value", "note"])
        for index in 0..<3_000 {
            sheet.append([
                .text("Region \(index % 97) 甘肃"), .number(String(2000 + index % 20)), .numberOrText("\(index).5"),
                index % 7 == 0 ? .text("note _x0041_ <\(index)>") : .empty,
            ])
        }
        return sheet
    }

    static func workbook(_ data: Worksheet) -> Workbook {
        var about = Worksheet(strings: data.strings)
        about.append([.text("Contents"), .text("Every observation"), .text("Region 3 甘肃")], style: .wrapped)
        return Workbook(title: "Site — all.csv", sheets: [.init(name: "data", worksheet: data), .init(name: "About", worksheet: about)])
    }

    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    @Test(arguments: [64, 4_096, Worksheet.defaultPartSize])
    func aSheetWrittenInPartsIsTheWorkbookMadeInMemory(partSize: Int) throws {
        try Self.withFolder { folder in
            let file = folder.appendingPathComponent("all.xlsx")
            let inMemory = try Self.workbook(Self.dataSheet()).xlsx()
            let scratch = try ByteFile.scratch(beside: file)
            let sheet = Self.dataSheet(scratch: scratch, partSize: partSize)
            #expect(partSize == Worksheet.defaultPartSize || scratch.count > 50 * partSize, "the rows span many parts")
            try Self.workbook(sheet).write(to: file)
            #expect(Array(try Data(contentsOf: file)) == inMemory)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["all.xlsx"], "no scratch file left")
            let entries = try ZipArchive.entries(of: inMemory)
            #expect(entries.first { $0.path == "xl/worksheets/sheet1.xml" }?.bytes == Self.dataSheet().xml())
            let table = SheetXML.sharedStrings(try #require(entries.first { $0.path == "xl/sharedStrings.xml" }).bytes)
            #expect(table.count == 4 + 97 + 3_000 / 7 + 1 + 2, "header, regions, notes, then the About sheet's own")
            #expect(SheetXML.sheet(2, of: entries)?.first?.map(\.value) == ["Contents", "Every observation", "Region 3 甘肃"])
        }
    }

    /// The downloads zip reads each download from its file as written: the same zip as from their bytes.
    @Test func aZipOfFilesIsTheZipOfTheirBytes() throws {
        try Self.withFolder { folder in
            let files = ["a.csv": String(repeating: "620000,2020,99.6\r\n", count: 5_000), "b.xlsx": "PK not deflated", "empty.txt": ""]
            for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
            let zip = folder.appendingPathComponent("downloads.zip")
            try ZipArchive.write(paths: Array(files.keys.sorted().reversed()), to: zip) { name in
                try ZipArchive.Entry(path: name, file: folder.appendingPathComponent(name), deflate: !name.hasSuffix(".xlsx"))
            }
            let inMemory = try ZipArchive.bytes(of: files.map { name, text in
                ZipArchive.Entry(path: name, bytes: Array(text.utf8), deflate: !name.hasSuffix(".xlsx"))
            })
            #expect(Array(try Data(contentsOf: zip)) == inMemory)
        }
    }

    @Test func aMissingFileIsAnErrorNamingIt() throws {
        try Self.withFolder { folder in
            let missing = folder.appendingPathComponent("missing.csv")
            let error = #expect(throws: ByteFile.Failure.self) { try ZipArchive.Entry(path: "missing.csv", file: missing) }
            #expect(error?.description.hasPrefix(missing.path) == true)
        }
    }
}
