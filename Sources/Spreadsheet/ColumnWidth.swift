import Plotting

/// Column widths in Excel's unit, the width of one digit: a Chinese character counts two, so a column of
/// region names in Chinese is as wide as its longest name.
public enum ColumnWidth {
    public static let minimum = 6
    public static let maximum = 60
    /// Room for the filter arrow and the cell's margins.
    static let padding = 2

    /// Grid columns `text` takes: 2 for East Asian wide characters, 0 for combining marks and controls, else 1.
    /// Of a text of several lines, its longest line.
    public static func columns(of text: String) -> Int {
        asciiColumns(of: text) ?? scalarColumns(of: text)
    }

    /// `columns(of:)` from the bytes alone for ASCII text, nil for any other: a printable character takes one
    /// column and a control none, so most cells (codes, years, English names) never look up scalar properties.
    private static func asciiColumns(of text: String) -> Int? {
        var longest = 0
        var line = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: "\n") {
                longest = max(longest, line)
                line = 0
            } else if byte >= 0x20, byte != 0x7F {
                line += 1
            }
        }
        return max(longest, line)
    }

    private static func scalarColumns(of text: String) -> Int {
        var longest = 0
        var line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                longest = max(longest, line)
                line = 0
                continue
            }
            line += columns(of: scalar)
        }
        return max(longest, line)
    }

    static func columns(of scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return 0 }
        if scalar.value < 0x7F { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return TextMetrics.isEastAsianWide(scalar) ? 2 : 1
        }
    }

    /// The width of a column whose widest cell takes `columns` grid columns, bounded so one long note does not
    /// push the rest of the sheet off screen (longer text wraps in the cell or shows in the formula bar).
    public static func width(forColumns columns: Int) -> Int {
        min(max(columns + padding, minimum), maximum)
    }
}
