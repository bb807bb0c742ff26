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

    func element(paints: Paints) -> SVGElement {
        let dy = SVGNumber.format(baseline.firstBaselineOffset(lines: lines.count)) + "em"
        var element = SVGElement("text", [
            "class": className, "x": x, "y": y, "font-size": fontSize,
            "text-anchor": anchor == .start ? nil : anchor.rawValue,
        ])
        element.add("font-weight", bold ? "bold" : nil)
        if halo {
            element.add("stroke", paints.background.hex)
            element.add("stroke-width", 3.0)
            element.add("stroke-linejoin", "round")
            element.add("paint-order", "stroke")
        }
        if lines.count == 1 {
            element.add("dy", dy == "0em" ? nil : dy)
            element.text = lines[0]
        } else {
            element.children = lines.enumerated().map { index, line in
                let lineDy = index == 0 ? dy : SVGNumber.format(TextMetrics.lineHeight) + "em"
                return SVGElement("tspan", ["x": x, "dy": lineDy], text: line)
            }
        }
        return element
    }
}
