#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Worksheet {
    /// A text cell as written: its escaped bytes and the grid columns it takes. A sheet keeps the last one of each
    /// column, since a table's columns repeat a text row after row (an indicator's id and unit on every row, a
    /// region's names on all of its rows), and escaping and measuring it again was most of a million-row sheet's
    /// work per cell.
    struct LastText: Sendable {
        /// Nil before the column's first text cell.
        private(set) var text: String?
        private(set) var escaped: [UInt8]
        private(set) var columns: Int

        init() {
            text = nil
            escaped = []
            columns = 0
        }

        init(_ text: String) {
            self.text = text
            var escaped: [UInt8] = []
            Worksheet.appendEscaped(text, to: &escaped)
            self.escaped = escaped
            columns = ColumnWidth.columns(of: text)
        }

        /// Holds `text`, escaped and measured again only if it is not the one held already: changed in place, so a
        /// repeated text costs a comparison.
        mutating func hold(_ text: String) {
            if !holds(text) { self = LastText(text) }
        }

        /// Appends the escaped text.
        func write(to bytes: inout [UInt8]) {
            bytes.append(contentsOf: escaped)
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
