/// A piece of chart text, one or more lines, with the box the layout reserves for it.
///
/// Vertical placement uses `dy` in em rather than `dominant-baseline`, which some renderers ignore.
struct TextLabel {
    enum Anchor: String {
        case start, middle, end
    }

    enum Baseline {
        /// `y` is the alphabetic baseline of the first line.
        case alphabetic
        /// `y` is the vertical middle of the block of lines.
        case middle
        /// `y` is the top of the first line.
        case hanging

        /// Offset in em from `y` to the first baseline of a block of `lines` lines.
        func firstBaselineOffset(lines: Int) -> Double {
            switch self {
            case .alphabetic: 0
            case .middle: 0.32 - Double(lines - 1) * TextMetrics.lineHeight / 2
            case .hanging: 0.71
            }
        }
    }

    var lines: [String]
    var x: Double
    var y: Double
    var fontSize: Double
    var anchor: Anchor = .start
    var baseline: Baseline = .alphabetic
    var className: String
    var halo = false
    var bold = false

    /// Bold Latin glyphs run about 6% wider than regular ones.
    var width: Double {
        (lines.map { TextMetrics.width(of: $0, fontSize: fontSize) }.max() ?? 0) * (bold ? 1.06 : 1)
    }

    var height: Double { (Double(lines.count - 1) * TextMetrics.lineHeight + 1.05) * fontSize }

    /// The box the text occupies: ascent 0.85 em above the first baseline, descent 0.2 em below the last.
    var box: Rect {
        let width = self.width
        let left: Double = switch anchor {
        case .start: x
        case .middle: x - width / 2
        case .end: x - width
        }
        let firstBaseline = y + baseline.firstBaselineOffset(lines: lines.count) * fontSize
        let top = firstBaseline - 0.85 * fontSize
        return Rect(x: left, y: top, width: width, height: height)
    }

    /// Writes the label as one `<text>`, a `<tspan>` a line when it has several. `fill` comes after the label's
    /// own attributes; `boldLines` sets that many first lines bold (a map label's name over its value), or the
    /// whole text when it is one line. Under a right-to-left root the anchor is swapped and written last
    /// (`TextDirection`).
    func write(to svg: inout SVGWriter, paints: Paints, fill: RGBColor? = nil, boldLines: Int? = nil) {
        svg.open("text")
        svg.attribute("class", className)
        svg.attribute("x", x)
        svg.attribute("y", y)
        svg.fontSize(fontSize)
        if !svg.mirrorsTextAnchors && anchor != .start { svg.attribute("text-anchor", anchor.rawValue) }
        if bold { svg.attribute("font-weight", "bold") }
        if halo {
            svg.attribute("stroke", paints.background.color)
            svg.attribute("stroke-width", 3.0)
            svg.attribute("stroke-linejoin", "round")
            svg.attribute("paint-order", "stroke")
        }
        let dy = baseline.firstBaselineOffset(lines: lines.count)
        if lines.count == 1 && SVGNumber.hundredths(dy) != 0 { svg.attribute("dy", dy, unit: "em") }
        if let fill { svg.attribute("fill", fill) }
        if lines.count <= 1 && boldLines != nil { svg.attribute("font-weight", "bold") }
        if svg.mirrorsTextAnchors { svg.attribute("text-anchor", anchor.mirrored.rawValue) }
        if lines.count == 1 {
            svg.text(lines[0])
        } else {
            for (index, line) in lines.enumerated() {
                svg.open("tspan")
                svg.attribute("x", x)
                svg.attribute("dy", index == 0 ? dy : TextMetrics.lineHeight, unit: "em")
                if index < boldLines ?? 0 { svg.attribute("font-weight", "bold") }
                svg.text(line)
                svg.close()
            }
        }
        svg.close()
    }
}
