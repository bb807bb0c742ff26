import Testing
@testable import Plotting

/// An ASCII text is split into its wrapping pieces from its bytes (`TextMetrics.asciiPieces`); the pieces must be
/// those found character by character (`characterPieces`), whatever the brackets, punctuation and spaces.
@Suite struct WrappingPiecesTests {
    @Test func asciiPiecesAreThePiecesCharacterByCharacter() {
        let alphabet = Array("a1 ( [ { ) ] } , . ; : ? ! % - / \t\n".utf8).map { Character(Unicode.Scalar($0)) }
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = ["", " ", "3,422.0", "12.5 %", "(Linxia) Hui", "a  b   c ", "((a", "a(", "( a", "(,a", "x)(y"]
        for _ in 0..<3000 {
            texts.append(String((0..<next(14)).map { _ in alphabet[next(alphabet.count)] }))
        }
        for text in texts {
            #expect(TextMetrics.asciiPieces(text) == TextMetrics.characterPieces(text), "\(text.debugDescription)")
        }
    }

    @Test func otherTextIsLeftToTheCharacterSearch() {
        #expect(TextMetrics.asciiPieces("1,673.9万元") == nil)
        #expect(TextMetrics.asciiPieces("a\r\nb") == nil)
        #expect(TextMetrics.breakablePieces("1,673.9万元") == TextMetrics.characterPieces("1,673.9万元"))
    }
}
