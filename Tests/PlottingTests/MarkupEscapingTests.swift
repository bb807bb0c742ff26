import Foundation
import Testing
@testable import Plotting

/// The markup escaper shared by charts, pages and feeds (its hostile-string corpus test is in SitePagesTests,
/// beside the other escapers of the site).
@Suite struct MarkupEscapingTests {
    static let noncharacter = String(Unicode.Scalar(0xFFFE)!)

    @Test func escapesTheFiveCharactersOnce() {
        #expect(MarkupEscaping.text("a<b & c>\"'") == "a&lt;b &amp; c&gt;\"'")
        #expect(MarkupEscaping.attribute("say \"hi\" & 'bye'") == "say &quot;hi&quot; &amp; &#39;bye&#39;")
        #expect(MarkupEscaping.attribute("a\tb\nc") == "a&#9;b&#10;c")
        #expect(MarkupEscaping.text("a\tb\nc") == "a\tb\nc")
    }

    @Test func dropsWhatMarkupCannotHold() {
        #expect(MarkupEscaping.text("bell\u{07}\u{0}\u{1B}\r\u{7F}\u{85}" + Self.noncharacter) == "bell")
        #expect(MarkupEscaping.attribute("\u{1}x\u{9F}") == "x")
        #expect(MarkupEscaping.removingForbiddenCharacters("<p>a\u{1}b</p>\n") == "<p>ab</p>\n")
    }

    @Test func keepsProseCharacters() {
        let prose = "bidi \u{202E}x\u{202C}, 中文 👩‍👩‍👧 e\u{301} \u{A0}\u{200B}"
        #expect(MarkupEscaping.text(prose) == prose)
    }

    @Test func aChartTitleWithControlCharactersStaysWellFormed() throws {
        var chart = Fixtures.mortalityBars()
        chart.title = "escape \u{1B}[31m start\u{1} ]]> <b> \"q\" 'a' " + Self.noncharacter
        let svg = chart.svg()
        #expect(SVGTree.parse(svg) != nil)
        #expect(!svg.unicodeScalars.contains { !MarkupEscaping.isAllowed($0) })
    }

    /// Plain text skips the scalar-by-scalar copy on a test of its bytes; every refused character, whatever its
    /// encoded length, must still be dropped, and what is appended to bytes is what `attribute` returns.
    @Test func theFastPathDropsEveryRefusedCharacter() {
        let edges: [ClosedRange<UInt32>] = [
            0...0x2FF, 0x4E00...0x4E10, 0xD7F0...0xD7FF, 0xE000...0xE010, 0xFDC0...0xFFFD, 0x1FFF0...0x20010,
            0x10FFF0...0x10FFFF,
        ]
        for scalar in edges.joined().compactMap(Unicode.Scalar.init) {
            let single = "ab" + String(scalar)
            let expected: String
            switch scalar {
            case "&": expected = "ab&amp;"
            case "<": expected = "ab&lt;"
            case ">": expected = "ab&gt;"
            case "\"": expected = "ab&quot;"
            case "'": expected = "ab&#39;"
            case "\t": expected = "ab&#9;"
            case "\n": expected = "ab&#10;"
            default: expected = MarkupEscaping.isAllowed(scalar) ? single : "ab"
            }
            var bytes: [UInt8] = Array("<".utf8)
            MarkupEscaping.appendAttribute(single, to: &bytes)
            #expect(MarkupEscaping.attribute(single) == expected, "U+\(String(scalar.value, radix: 16))")
            #expect(bytes == Array(("<" + expected).utf8), "U+\(String(scalar.value, radix: 16))")
        }
    }
}

/// The test of plain text on its bytes (`MarkupEscaping.isPlain`) against the rule it stands for, over every
/// scalar: plain exactly when the scalar is allowed and neither escaping writes it otherwise. Full-width
/// punctuation, which shares its lead byte with refused characters, is plain, so a Chinese title is copied as it is.
@Suite struct MarkupPlainBytesTests {
    static func isPlainByRule(_ scalar: Unicode.Scalar) -> Bool {
        MarkupEscaping.isAllowed(scalar) && !"&<>\"'\t\n".unicodeScalars.contains(scalar)
    }

    @Test func everyScalarIsPlainExactlyByTheRule() {
        var wrong: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            if MarkupEscaping.isPlain(text) != Self.isPlainByRule(scalar) { wrong.append(String(value, radix: 16)) }
        }
        #expect(wrong.isEmpty, "U+\(wrong.prefix(20))")
    }

    @Test func chineseWithFullWidthPunctuationIsPlain() {
        #expect(MarkupEscaping.isPlain("各省住院分娩率（%），2020年：最高的是第1省。"))
        #expect(MarkupEscaping.isPlain("± · ×"))
        #expect(!MarkupEscaping.isPlain("x\u{85}"))
        #expect(!MarkupEscaping.isPlain("x" + String(Unicode.Scalar(0xFDD0)!)))
        #expect(!MarkupEscaping.isPlain("x" + String(Unicode.Scalar(0x10FFFF)!)))
    }
}
