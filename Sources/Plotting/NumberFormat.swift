/// A language's conventions for writing numbers: decimal separator, grouping separator and group size.
///
/// Used for chart labels and by pages for tables, so a figure reads the same in both.
public struct NumberFormat: Sendable, Hashable {
    public var decimalSeparator: String
    public var groupingSeparator: String
    /// Digits per group (3 in English and Chinese statistics).
    public var groupSize: Int
    /// Integer parts with fewer digits than this are not grouped (5 keeps "2020" and "9999" whole).
    public var minimumDigitsToGroup: Int
    public var minusSign: String

    public init(
        decimalSeparator: String = ".", groupingSeparator: String = ",", groupSize: Int = 3,
        minimumDigitsToGroup: Int = 4, minusSign: String = "-"
    ) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.groupSize = max(1, groupSize)
        self.minimumDigitsToGroup = minimumDigitsToGroup
        self.minusSign = minusSign
    }

    public static let english = NumberFormat()
    /// Chinese statistical publications write 12,511,127 and 15.07, as English does.
    public static let chinese = NumberFormat()

    /// `value` rounded half away from zero to `decimals` places, grouped; nil `decimals` keeps the shortest
    /// digits that identify the value (12.5, not 12.500000000000002). Non-finite values give an empty string.
    public func format(_ value: Double, decimals: Int?) -> String {
        let decimals = decimals.map { min(max($0, 0), 20) }
        return formatPlain(value, decimals: decimals) ?? formatThroughDigits(value, decimals: decimals)
    }

    /// `format` by way of `DecimalDigits`, for every value: the reference `formatPlain` must agree with.
    func formatThroughDigits(_ value: Double, decimals: Int?) -> String {
        guard let digits = DecimalDigits(value) else { return "" }
        let rounded = decimals.map { digits.rounded(toDecimals: $0) } ?? digits
        return write(rounded)
    }

    /// A decimal string as written ("12511127", "-1234.50") with its integer part grouped and this language's
    /// separators; its digits never change. Text that is not a plain decimal is returned unchanged.
    public func group(_ decimal: String) -> String {
        var bytes = decimal
        return bytes.withUTF8(grouped) ?? decimal
    }

    /// `group` by way of `DecimalDigits`: the reference `grouped` must agree with.
    func groupThroughDigits(_ decimal: String) -> String {
        if isWrittenAsIs(decimal) { return decimal }
        guard let digits = DecimalDigits(plain: decimal) else { return decimal }
        return write(digits)
    }

    /// `decimal`'s bytes grouped as `write` groups its digits, read and written in one pass; nil where `group`
    /// gives the text back as it is (not a plain decimal, or written as this format writes it already). Every
    /// cell of every every-value table comes through here, and parsing into digits first was most of a table.
    private func grouped(_ decimal: UnsafeBufferPointer<UInt8>) -> String? {
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let count = decimal.count
        let negative = count > 0 && decimal[0] == UInt8(ascii: "-")
        var index = negative ? 1 : 0
        let integerStart = index
        while index < count && isDigit(decimal[index]) { index += 1 }
        let integerEnd = index
        guard integerEnd > integerStart else { return nil }
        var fraction = integerEnd..<integerEnd
        if index < count {
            guard decimal[index] == UInt8(ascii: ".") else { return nil }
            index += 1
            let fractionStart = index
            while index < count && isDigit(decimal[index]) { index += 1 }
            guard index == count, index > fractionStart else { return nil }
            fraction = fractionStart..<count
        }
        var significant = integerStart
        while significant < integerEnd - 1 && decimal[significant] == UInt8(ascii: "0") { significant += 1 }
        let integer = UnsafeBufferPointer(rebasing: decimal[significant..<integerEnd])
        if decimalSeparator == ".", minusSign == "-", integer.count < minimumDigitsToGroup,
            significant == integerStart
        {
            return nil
        }
        return write(negative: negative, integer: integer, fraction: UnsafeBufferPointer(rebasing: decimal[fraction]))
    }

    /// Whether `group` would give `decimal` back unchanged: a plain decimal with `.` and `-` as this format writes
    /// them, no leading zero to drop and too few integer digits to group — most values of a table, answered from
    /// the bytes without building the digits.
    private func isWrittenAsIs(_ decimal: String) -> Bool {
        guard decimalSeparator == ".", minusSign == "-" else { return false }
        var bytes = decimal.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let integer = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !integer.isEmpty, integer.count < minimumDigitsToGroup,
            integer.count == 1 || integer.first != UInt8(ascii: "0")
        else { return false }
        let rest = bytes.dropFirst(integer.count)
        guard let point = rest.first else { return true }
        let fraction = rest.dropFirst()
        return point == UInt8(ascii: ".") && !fraction.isEmpty
            && fraction.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    private func write(_ digits: DecimalDigits) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.integer.count * 2 + digits.fraction.count + 4)
        if digits.negative { bytes.append(contentsOf: minusSign.utf8) }
        let integer = digits.integer
        if integer.count >= minimumDigitsToGroup {
            // Groups of `groupSize` from the right; the first may be shorter.
            let first = integer.count % groupSize == 0 ? groupSize : integer.count % groupSize
            bytes.append(contentsOf: integer.prefix(first))
            var start = first
            while start < integer.count {
                bytes.append(contentsOf: groupingSeparator.utf8)
                bytes.append(contentsOf: integer[start..<start + groupSize])
                start += groupSize
            }
        } else {
            bytes.append(contentsOf: integer)
        }
        if !digits.fraction.isEmpty {
            bytes.append(contentsOf: decimalSeparator.utf8)
            bytes.append(contentsOf: digits.fraction)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
