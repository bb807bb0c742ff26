/// Estimates how wide a label renders, so margins, gutters and collision checks work without a browser.
///
/// ASCII characters use the advance widths of Noto Sans CJK SC (the first family in the chart font stack);
/// Chinese, Japanese, Korean, full-width forms and the East Asian "ambiguous" symbols (≥ ≤ ± × …) that CJK
/// fonts draw one em wide count 1 em; combining marks count 0; anything else 0.6 em. A small safety factor
/// covers fonts whose Latin glyphs run wider.
public enum TextMetrics {
    /// Multiplier over the summed advances, for fallback fonts.
    public static let safetyFactor = 1.05
    /// Line height as a multiple of the font size, for stacked lines of a label.
    public static let lineHeight = 1.2

    /// Estimated rendered width in pixels of `text` at `fontSize`.
    public static func width(of text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + advance(of: $1) } * fontSize * safetyFactor
    }

    /// Advance of one character in em.
    public static func advance(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return asciiAdvances[Int(value - 0x20)] }
        if value < 0x20 || value == 0x7F { return 0 }
        // Chinese characters and full-width forms, most of the non-ASCII text charts measure, are letters and
        // punctuation (no marks) in wide ranges: 1 em, answered without looking up their category or searching
        // the ranges (`generalAdvance` gives the same, `TextMetricsTests`).
        if (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF60).contains(value) { return 1 }
        return generalAdvance(of: scalar)
    }

    /// `advance` of any scalar outside ASCII, by its category and width.
    static func generalAdvance(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(value) { return 1 }
        return 0.6
    }

    /// Whether `scalar` takes two columns of a fixed-width grid (a spreadsheet column, a terminal): the wide,
    /// full-width and CJK-ambiguous characters counted 1 em here.
    public static func isEastAsianWide(_ scalar: Unicode.Scalar) -> Bool { isWide(scalar.value) }

    /// Wide, full-width and ambiguous-width ranges; Swift does not expose East Asian Width, so they are listed.
    private static func isWide(_ value: UInt32) -> Bool {
        wideRanges.contains { $0.contains(value) } || ambiguousSymbols.contains(value)
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
    ]

    /// Symbols of East Asian Width "ambiguous" that CJK fonts draw 1 em wide and charts often use.
    private static let ambiguousSymbols: Set<UInt32> = [
        0x00A7, 0x00B1, 0x00B7, 0x00D7, 0x00F7, 0x2015, 0x2016, 0x2018, 0x2019, 0x201C, 0x201D, 0x2020,
        0x2021, 0x2022, 0x2025, 0x2026, 0x2030, 0x2032, 0x2033, 0x203B, 0x2103, 0x2116, 0x2160, 0x2190,
        0x2191, 0x2192, 0x2193, 0x2208, 0x221A, 0x221E, 0x2220, 0x2225, 0x2227, 0x2228, 0x2229, 0x222A,
        0x222B, 0x2234, 0x2248, 0x2260, 0x2261, 0x2264, 0x2265, 0x2266, 0x2267, 0x226A, 0x226B, 0x2460,
        0x25A0, 0x25A1, 0x25B2, 0x25B3, 0x25CB, 0x25CF, 0x2605, 0x2606, 0x2713, 0x2717,
    ]

    /// Advances in em of U+0020 through U+007E in Noto Sans CJK SC Regular (hmtx / unitsPerEm).
    private static let asciiAdvances: [Double] = [
        0.224, 0.323, 0.474, 0.555, 0.555, 0.921, 0.680, 0.278, 0.338, 0.338,
        0.467, 0.555, 0.278, 0.347, 0.278, 0.392, 0.555, 0.555, 0.555, 0.555,
        0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.278, 0.278, 0.555, 0.555,
        0.555, 0.474, 0.946, 0.608, 0.657, 0.638, 0.688, 0.589, 0.552, 0.689,
        0.728, 0.293, 0.535, 0.646, 0.543, 0.812, 0.723, 0.742, 0.633, 0.742,
        0.635, 0.596, 0.599, 0.721, 0.575, 0.878, 0.573, 0.531, 0.603, 0.338,
        0.392, 0.338, 0.555, 0.559, 0.606, 0.563, 0.618, 0.510, 0.620, 0.554,
        0.325, 0.564, 0.607, 0.275, 0.275, 0.552, 0.284, 0.926, 0.610, 0.606,
        0.620, 0.620, 0.388, 0.468, 0.377, 0.607, 0.521, 0.802, 0.498, 0.521,
        0.475, 0.338, 0.270, 0.338, 0.555,
    ]
}
