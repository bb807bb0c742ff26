@testable import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

/// The byte-level shortcuts of the sheet layer (`isPrintableASCII`, `mayHaveSpaceAround`) give the same cells
/// and the same diagnostics as the character-by-character checks they skip.
@Suite struct CSVFastPathTests {
    private let minimal = ContentFixture.minimal()
    private let hospital = "data/hospital-delivery-rate.csv"

    private static let samples = [
        "620000", "99.8", "a b", "~", " ", "x ", " x", "\tx", "x\t", "x\r", "\u{0B}x", "x\u{0C}", "\u{7F}", "x\u{0}",
        "\u{85}x", "\u{A0}x", "x\u{A0}", "x\u{3000}", "\u{2028}x", "中文", "注 释", "a\u{200B}", "é", "\u{1F600}",
    ]

    @Test func printableASCIIMatchesTheScalarRule() {
        for text in Self.samples {
            let byScalars = text.unicodeScalars.allSatisfy { (" "..."~").contains($0) }
            #expect(LoadState.isPrintableASCII(text) == byScalars, "\(text.debugDescription)")
        }
    }

    @Test func cellsSkippedByTheSpaceShortcutNeedNoTrimming() {
        for text in Self.samples {
            let cell = CSVCell(text: text, line: 3, column: 5)
            let trimmed = LoadState.trimmed(cell)
            if !LoadState.mayHaveSpaceAround(text) { #expect(trimmed == cell, "\(text.debugDescription)") }
            let byScalars = text.unicodeScalars.first.map(\.properties.isWhitespace) == true
                || text.unicodeScalars.last.map(\.properties.isWhitespace) == true
            if byScalars { #expect(LoadState.mayHaveSpaceAround(text), "\(text.debugDescription)") }
        }
    }

    /// A file with quoted commas, doubled quotes, line breaks, empty and non-ASCII cells and a no-break space
    /// reads the same with LF as with a BOM and CRLF, and reports its bad cells at the same places.
    @Test func aDataFileReadsTheSameWithBOMAndCRLF() throws {
        let rows = [
            "region,year,value,flag,note_zh,note_en,source",
            "620000,2018,\"98.5\",,\"注，释\",\"a, \"\"quoted\"\" note\",bulletin-2021",
            "620000,2019,99.1,,\"第一行",
            "第二行\",\"two",
            "lines\",nosuch",
            "620000,2020,99.6,E,,,bulletin-2021#p2",
            "620900\u{A0},2020,99.8,,,,",
            "621100,2020,9x9,,,,",
            ",,,,,,",
            "100000,2020,99.9,,,,",
        ]
        let plain = try load(minimal.with(hospital, rows.joined(separator: "\n") + "\n"))
        let windows = try load(minimal.with(hospital, "")) { directory in
            let bytes = [0xEF, 0xBB, 0xBF] + Array(rows.joined(separator: "\r\n").utf8) + Array("\r\n".utf8)
            try Data(bytes).write(to: directory.appendingPathComponent(hospital))
        }
        #expect(plain.messages == windows.messages)
        let file = "content/\(hospital)"
        #expect(plain.messages.contains("\(file):5:8: error: unknown source \"nosuch\" (not in sources.csv)"))
        #expect(plain.messages.contains("\(file):7:1: warning: spaces around \"620900\u{A0}\" in region are removed"))
        #expect(plain.messages.contains("\(file):8:13: error: \(badNumber("value", "9x9"))"))
    }

    /// The model of that file, loadable once its bad cells are fixed, is the same in both line-end styles.
    @Test func observationsAreTheSameWithBOMAndCRLF() throws {
        let rows = [
            "region,year,value,flag,note_zh,note_en,source",
            "620000,2018,\"98.5\",,\"注，释\",\"a, \"\"quoted\"\" note\",bulletin-2021",
            "620000,2019,99.1,,\"第一行",
            "第二行\",\"two",
            "lines\",",
            "620000,2020,99.6,E,,,bulletin-2021#p2",
            "620900 ,2020,99.8,,,,",
            ",,,,,,",
            "100000,2020,,M,,,",
        ]
        let plain = try load(minimal.with(hospital, rows.joined(separator: "\n") + "\n"))
        let windows = try load(minimal.with(hospital, "")) { directory in
            let bytes = [0xEF, 0xBB, 0xBF] + Array(rows.joined(separator: "\r\n").utf8)
            try Data(bytes).write(to: directory.appendingPathComponent(hospital))
        }
        #expect(plain.messages == windows.messages)
        let data = try #require(plain.site?.data["hospital-delivery-rate"]?.observations)
        #expect(Array(data) == Array(try #require(windows.site?.data["hospital-delivery-rate"]?.observations)))
        #expect(data.map(\.line) == [2, 3, 6, 7, 9])
        #expect(data.map(\.region.rawValue) == ["620000", "620000", "620000", "620900", "100000"])
        #expect(data[0].note[LanguageCode("zh")] == "注，释")
        #expect(data[0].note[LanguageCode("en")] == "a, \"quoted\" note")
        #expect(data[1].note[LanguageCode("zh")] == "第一行\n第二行")
        #expect(data[1].note[LanguageCode("en")] == "two\nlines")
        #expect(data[1].source == nil)
        #expect(data[4].value == nil && data[4].flag == .missing)
    }
}
