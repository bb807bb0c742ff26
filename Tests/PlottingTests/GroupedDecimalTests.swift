import Testing
@testable import Plotting

/// `NumberFormat.group` reads and writes a table cell's decimal in one pass; every text must be the one
/// `DecimalDigits` gives (`groupThroughDigits`), valid decimals or not, in every format.
@Suite struct GroupedDecimalTests {
    static let formats = [
        NumberFormat.english,
        NumberFormat(decimalSeparator: ",", groupingSeparator: "\u{202F}", groupSize: 3, minimumDigitsToGroup: 5,
                     minusSign: "\u{2212}"),
        NumberFormat(decimalSeparator: "٫", groupingSeparator: "٬", groupSize: 2, minimumDigitsToGroup: 1),
        NumberFormat(decimalSeparator: ".", groupingSeparator: " ", groupSize: 4, minimumDigitsToGroup: 6),
    ]

    static func texts() -> [String] {
        var texts = ["", "-", ".", "-.", "1.", ".5", "-.5", "0", "-0", "00", "-00", "007", "007.50", "0.0", "-0.0",
                     "1234", "12345", "-1234.5", "999", "1000", "12511127", "3,422.0", "1e5", "12 ", " 12", "1.2.3",
                     "--1", "１２３", "12.5%", "NaN", "123456789012345678901234.000100"]
        let pieces = ["0", "1", "9", "00", "12", "345", "6789", ".", "-", "x", ","]
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<4000 {
            texts.append((0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined())
        }
        return texts
    }

    @Test func groupedIsTheTextTheDigitsGive() {
        let texts = Self.texts()
        for format in Self.formats {
            for text in texts {
                #expect(format.group(text) == format.groupThroughDigits(text), "\(text.debugDescription)")
            }
        }
    }
}
