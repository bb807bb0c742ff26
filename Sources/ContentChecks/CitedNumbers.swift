/// The numbers a paragraph states, each with the unit sign printed after it, so a figure can be found however
/// the text writes it: `15.07`, `15.07/10万`, `1.2万` (12,000), `96.1%`, `100,000`.
struct CitedNumber: Equatable {
    /// Which kind of rate a sign after the number says it is.
    enum Rate: String, Equatable {
        case percent = "%"
        case perMille = "‰"
        case per100k = "/10万"
    }

    /// The number as written, without its sign.
    var value: Double
    /// The number times what `万` or `亿` after it multiplies it by, where one does.
    var scaled: Double?
    var rate: Rate?
    /// The number and its sign as the paragraph prints them, for messages.
    var printed: String

    /// Every number of `text`, in order.
    static func all(in text: String) -> [CitedNumber] {
        let characters = Array(text)
        var numbers: [CitedNumber] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit,
                index == 0 || !(characters[index - 1].isASCIIDigit || characters[index - 1] == ".")
            else {
                index += 1
                continue
            }
            let start = index
            var digits = ""
            while index < characters.count {
                let character = characters[index]
                if character.isASCIIDigit {
                    digits.append(character)
                    index += 1
                } else if character == ",", groupOfThree(characters, after: index) {
                    index += 1
                } else if character == ".", !digits.contains("."), index + 1 < characters.count,
                    characters[index + 1].isASCIIDigit
                {
                    digits.append(character)
                    index += 1
                } else {
                    break
                }
            }
            guard let value = Double(digits) else { continue }
            var number = CitedNumber(value: value, scaled: nil, rate: nil, printed: "")
            index = number.readSign(characters, from: index)
            number.printed = String(characters[start..<index]).trimmingTrailingSpaces
            numbers.append(number)
        }
        return numbers
    }

    /// `,` followed by exactly three digits: a thousands separator, not a list's comma.
    private static func groupOfThree(_ characters: [Character], after index: Int) -> Bool {
        let end = index + 4
        guard end <= characters.count else { return false }
        guard characters[(index + 1)..<end].allSatisfy(\.isASCIIDigit) else { return false }
        return end == characters.count || !characters[end].isASCIIDigit
    }

    /// The signs that may follow a number, longest first, with what each means.
    private static let signs: [(text: String, rate: Rate?, factor: Double?)] = [
        ("/10万", .per100k, nil), ("/ 10万", .per100k, nil), ("per 100,000", .per100k, nil),
        ("per 100 000", .per100k, nil), ("per 1,000", .perMille, nil), ("per thousand", .perMille, nil),
        ("per cent", .percent, nil), ("percent", .percent, nil), ("%", .percent, nil), ("％", .percent, nil),
        ("‰", .perMille, nil), ("万", nil, 10_000), ("亿", nil, 100_000_000),
    ]

    /// Reads the sign after the number (spaces allowed before it) and returns where the text goes on.
    private mutating func readSign(_ characters: [Character], from index: Int) -> Int {
        var position = index
        while position < characters.count, characters[position] == " " { position += 1 }
        for sign in Self.signs {
            let signCharacters = Array(sign.text)
            guard position + signCharacters.count <= characters.count,
                Array(characters[position..<(position + signCharacters.count)]) == signCharacters
            else { continue }
            rate = sign.rate
            scaled = sign.factor.map { value * $0 }
            return position + signCharacters.count
        }
        return index
    }

    /// Whether the number, as written or scaled, is `figure`.
    func states(_ figure: Double) -> Bool {
        Self.same(value, figure) || scaled.map { Self.same($0, figure) } == true
    }

    private static func same(_ lhs: Double, _ rhs: Double) -> Bool {
        abs(lhs - rhs) <= 1e-9 * max(1, abs(lhs), abs(rhs))
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
