extension NumberFormat {
    /// `formatThroughDigits` for a value whose shortest form has no exponent (1e-4 up to 1e16, nearly every
    /// statistic): the same rounding on the same digits, done in one stack buffer and written straight into the
    /// string, without the six arrays `DecimalDigits` builds. Every chart label and table cell of a chart comes
    /// through here. Nil where the shortest form has an exponent, or for NaN and infinities.
    func formatPlain(_ value: Double, decimals: Int?) -> String? {
        guard value.isFinite else { return nil }
        var description = value.magnitude.description
        return description.withUTF8 { text -> String? in
            let zero = UInt8(ascii: "0")
            guard text.count <= 40, let point = text.firstIndex(of: UInt8(ascii: ".")),
                !text.contains(UInt8(ascii: "e"))
            else { return nil }
            var fractionEnd = text.count
            while fractionEnd > point + 1 && text[fractionEnd - 1] == zero { fractionEnd -= 1 }
            let fractionCount = fractionEnd - point - 1
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { digits -> String in
                // The integer digits, then the fraction's: as many as written, or `decimals` padded with zeros.
                var count = 0
                var integerCount = point
                for index in 0..<point {
                    digits[count] = text[index]
                    count += 1
                }
                let kept = decimals ?? fractionCount
                for index in 0..<kept {
                    digits[count] = index < fractionCount ? text[point + 1 + index] : zero
                    count += 1
                }
                if let decimals, fractionCount > decimals, text[point + 1 + decimals] >= UInt8(ascii: "5") {
                    var index = count - 1
                    while index >= 0 && digits[index] == UInt8(ascii: "9") {
                        digits[index] = zero
                        index -= 1
                    }
                    if index >= 0 {
                        digits[index] += 1
                    } else {
                        for move in stride(from: count, to: 0, by: -1) { digits[move] = digits[move - 1] }
                        digits[0] = UInt8(ascii: "1")
                        count += 1
                        integerCount += 1
                    }
                }
                // Leading zeros of the integer part go, but one.
                var start = 0
                while start < integerCount - 1 && digits[start] == zero { start += 1 }
                let isZero = !(0..<count).contains { digits[$0] != zero }
                let negative = value < 0 && !isZero
                let integer = UnsafeBufferPointer(rebasing: digits[start..<integerCount])
                let fraction = UnsafeBufferPointer(rebasing: digits[integerCount..<count])
                return write(negative: negative, integer: integer, fraction: fraction)
            }
        }
    }

    /// The digits with this language's minus sign, grouping and decimal separator, as `write(_:)` does; shared by
    /// `formatPlain` and `group`.
    func write(negative: Bool, integer: UnsafeBufferPointer<UInt8>, fraction: UnsafeBufferPointer<UInt8>)
        -> String
    {
        let groups = integer.count >= minimumDigitsToGroup ? (integer.count - 1) / groupSize : 0
        let capacity = (negative ? minusSign.utf8.count : 0) + integer.count + groups * groupingSeparator.utf8.count
            + (fraction.isEmpty ? 0 : decimalSeparator.utf8.count + fraction.count)
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
                for byte in bytes {
                    buffer[count] = byte
                    count += 1
                }
            }
            if negative { append(minusSign.utf8) }
            if groups > 0 {
                // Groups of `groupSize` from the right; the first may be shorter.
                let first = integer.count - groups * groupSize
                append(integer[..<first])
                var start = first
                while start < integer.count {
                    append(groupingSeparator.utf8)
                    append(integer[start..<start + groupSize])
                    start += groupSize
                }
            } else {
                append(integer)
            }
            if !fraction.isEmpty {
                append(decimalSeparator.utf8)
                append(fraction)
            }
            return count
        }
    }
}
