import Foundation

/// An sRGB colour with the WCAG contrast arithmetic that decides which colours a chart may use.
public struct RGBColor: Sendable, Hashable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses "#0072b2" or "0072B2"; nil for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// Lowercase "#rrggbb".
    public var hex: String {
        "#" + [red, green, blue].map { component in
            let text = String(component, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    public var description: String { hex }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    public var relativeLuminance: Double {
        func linear(_ component: UInt8) -> Double {
            let value = Double(component) / 255
            return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055).power(2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG contrast ratio with `other`, 1–21; text needs 4.5, lines and bars 3.
    public func contrast(with other: RGBColor) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// This colour mixed towards black in small steps until it reaches `ratio` against `background`, so a
    /// label can share its line's hue and still be readable.
    public func darkened(toContrast ratio: Double, against background: RGBColor) -> RGBColor {
        var color = self
        var step = 0
        while color.contrast(with: background) < ratio && step < 100 {
            step += 1
            let keep = 1 - Double(step) / 100
            color = RGBColor(
                red: UInt8((Double(red) * keep).rounded()), green: UInt8((Double(green) * keep).rounded()),
                blue: UInt8((Double(blue) * keep).rounded()))
        }
        return color
    }

    public static let black = RGBColor(red: 0, green: 0, blue: 0)
    public static let white = RGBColor(red: 255, green: 255, blue: 255)
}

extension Double {
    fileprivate func power(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}
