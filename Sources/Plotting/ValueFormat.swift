/// How one indicator's values are written: the indicator's decimals, the language's number conventions and
/// the unit ("96.1%", "12.5/10万", "12.5 per 100,000").
public struct ValueFormat: Sendable, Hashable {
    public var numbers: NumberFormat
    /// Decimals to show; nil keeps the digits each value needs.
    public var decimals: Int?
    /// Written before the number, e.g. "¥".
    public var prefix: String
    /// Written after the number, with any space it needs: "%", "‰", "/10万", " per 100,000".
    public var suffix: String
    /// Whether each value is wrapped in a first-strong isolate (U+2068 … U+2069), for right-to-left text: there
    /// a bare `99.4%` shows as `%99.4` and `-5` as `5-`, as the bidirectional algorithm sends the sign to the other
    /// side; isolated, a value with only digits and symbols reads left to right, one with words in its unit
    /// (`15.07 لكل 100,000`) right to left, and neither mixes with the text around it.
    public var isolated: Bool

    public init(
        numbers: NumberFormat = .english, decimals: Int? = nil, prefix: String = "", suffix: String = "",
        isolated: Bool = false
    ) {
        self.numbers = numbers
        self.decimals = decimals
        self.prefix = prefix
        self.suffix = suffix
        self.isolated = isolated
    }

    /// `text` between a first-strong isolate and its closing mark.
    public static func isolate(_ text: String) -> String { "\u{2068}" + text + "\u{2069}" }

    /// A value label such as "96.1%".
    public func format(_ value: Double) -> String {
        isolatedIfAsked(prefix + numbers.format(value, decimals: decimals) + suffix)
    }

    /// A number with `decimals` places and the unit, for axis ticks whose precision follows the tick step.
    func format(_ value: Double, decimals: Int, withUnit: Bool) -> String {
        let number = numbers.format(value, decimals: decimals)
        return isolatedIfAsked(withUnit ? prefix + number + suffix : number)
    }

    private func isolatedIfAsked(_ text: String) -> String { isolated ? Self.isolate(text) : text }

    /// The unit on its own ("%", "per 100,000"), for the caption of an axis.
    public var unitLabel: String {
        let unit = prefix + suffix
        // Most units have no space at either end: nothing to trim, and no reversed copies to make.
        guard unit.utf8.first == UInt8(ascii: " ") || unit.utf8.last == UInt8(ascii: " ") else { return unit }
        return unit.trimmingCharacters(in: " ")
    }

    /// Short units ride on the top tick label ("100%"); longer ones get a caption above the axis.
    var unitFitsOnTick: Bool { unitLabel.count <= 2 }

    /// A value label written in this format, without its unit: "105.57" for "105.57 × 10,000", for places such
    /// as map tiles where a caption names the unit once and a unit on every value would crowd out the number.
    /// A label in another form is returned unchanged.
    func droppingUnit(from label: String) -> String {
        let bare = isolated && label.hasPrefix("\u{2068}") && label.hasSuffix("\u{2069}")
            ? String(label.dropFirst().dropLast()) : label
        guard !unitLabel.isEmpty, bare.hasPrefix(prefix), bare.hasSuffix(suffix),
              bare.count > prefix.count + suffix.count
        else { return label }
        return isolatedIfAsked(String(bare.dropFirst(prefix.count).dropLast(suffix.count)))
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
