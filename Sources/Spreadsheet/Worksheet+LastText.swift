#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Worksheet {
    /// A text cell as written: its entry in the shared string table (and the cell's end naming it,
    /// ` t="s"><v>17</v></c>`) and the grid columns it takes. A sheet keeps
    /// the last one of each column, since a table's columns repeat a text row after row (an indicator's id and
    /// unit on every row, a region's names on all of its rows): a repeated text costs a comparison of bytes, a
    /// new one a look-up in the table.
    struct LastText: Sendable {
        /// Nil before the column's first text cell.
        private(set) var text: String?
        private(set) var index: Int
        /// What follows the cell's reference and style: its type and the entry's number, the cell closed.
        private(set) var cellEnd: [UInt8]
        private(set) var columns: Int

        init() {
            text = nil
            index = 0
            cellEnd = []
            columns = 0
        }

        init(_ text: String, in strings: SharedStrings) {
            self.text = text
            (index, columns) = strings.entry(for: text)
            cellEnd = Self.cellEnd(index)
        }

        /// Holds `text`, looked up in `strings` only if it is not the one held already: changed in place, so a
        /// repeated text costs a comparison and a new one no new array (the digits' room is kept: a column of
        /// periods changes its text on every row of a million-row sheet).
        mutating func hold(_ text: String, in strings: SharedStrings) {
            if holds(text) { return }
            self.text = text
            (index, columns) = strings.entry(for: text)
            cellEnd.removeAll(keepingCapacity: true)
            Self.appendCellEnd(index, to: &cellEnd)
        }

        static func cellEnd(_ index: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            appendCellEnd(index, to: &bytes)
            return bytes
        }

        private static func appendCellEnd(_ index: Int, to bytes: inout [UInt8]) {
            bytes.append(contentsOf: #" t="s"><v>"#.utf8)
            Worksheet.appendDecimal(index, to: &bytes)
            bytes.append(contentsOf: "</v></c>".utf8)
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
