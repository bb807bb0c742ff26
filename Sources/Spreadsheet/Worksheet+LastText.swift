#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Worksheet {
    /// A text cell as written: its entry in the shared string table (and that number's digits, as the cell's `v`
    /// element holds them) and the grid columns it takes. A sheet keeps
    /// the last one of each column, since a table's columns repeat a text row after row (an indicator's id and
    /// unit on every row, a region's names on all of its rows): a repeated text costs a comparison of bytes, a
    /// new one a look-up in the table.
    struct LastText: Sendable {
        /// Nil before the column's first text cell.
        private(set) var text: String?
        private(set) var index: Int
        private(set) var digits: [UInt8]
        private(set) var columns: Int

        init() {
            text = nil
            index = 0
            digits = []
            columns = 0
        }

        init(_ text: String, in strings: SharedStrings) {
            self.text = text
            (index, columns) = strings.entry(for: text)
            digits = []
            Worksheet.appendDecimal(index, to: &digits)
        }

        /// Holds `text`, looked up in `strings` only if it is not the one held already: changed in place, so a
        /// repeated text costs a comparison.
        mutating func hold(_ text: String, in strings: SharedStrings) {
            if !holds(text) { self = LastText(text, in: strings) }
        }

        /// Whether `text` has the same bytes: not `==`, which holds canonically equivalent texts (`é` and `e` with a
        /// combining accent) equal, though their bytes and widths differ.
        func holds(_ other: String) -> Bool {
            guard var held = text else { return false }
            var other = other
            return held.withUTF8 { bytes in
                other.withUTF8 { otherBytes in
                    bytes.count == otherBytes.count
                        && (bytes.isEmpty || memcmp(bytes.baseAddress!, otherBytes.baseAddress!, bytes.count) == 0)
                }
            }
        }
    }
}
