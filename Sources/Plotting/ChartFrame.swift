import Foundation

/// The root `<svg>` every chart shares: viewBox with responsive width, `role="img"` named by `<title>` and
/// described by `<desc>` through prefixed ids, the language, the font stack and the optional stylesheet.
struct ChartFrame {
    let id: ChartID
    /// Chart kind for the class list: "line" gives `class="chart chart-line"`.
    let kind: String
    let width: Double
    let height: Double
    let title: String
    let description: String
    let style: ChartStyle
    let strings: ChartStrings

    /// The chart's markup: the root and its title, description and stylesheet, then `defs` (when given) inside
    /// `<defs>`, then `body`, every text of which is anchored for the chart's direction.
    func render(defs: ((inout SVGWriter) -> Void)? = nil, body: (inout SVGWriter) -> Void) -> String {
        let paints = Paints(palette: style.palette)
        var svg = SVGWriter()
        svg.open("svg")
        svg.attribute("xmlns", "http://www.w3.org/2000/svg")
        svg.attribute("class", "chart chart-", kind)
        svg.attribute("viewBox", "0 0 " + SVGNumber.format(width) + " " + SVGNumber.format(height))
        svg.attribute("width", "100%")
        svg.attribute("role", "img")
        svg.attribute("aria-labelledby", id("title"))
        svg.attribute("aria-describedby", id("desc"))
        svg.attribute("lang", strings.languageTag)
        svg.attribute("font-family", style.fontFamily)
        svg.fontSize(style.fontSize)
        svg.attribute("fill", paints.text.color)
        if style.direction == .rightToLeft { svg.attribute("direction", "rtl") }
        svg.open("title")
        svg.attribute("id", id("title"))
        svg.text(title)
        svg.close()
        svg.open("desc")
        svg.attribute("id", id("desc"))
        svg.text(description)
        svg.close()
        if style.embedsStylesheet {
            svg.open("style")
            svg.unescapedText(Self.stylesheet(for: style))
            svg.close()
        }
        if let defs {
            svg.open("defs")
            defs(&svg)
            svg.close()
        }
        svg.mirrorsTextAnchors = style.direction == .rightToLeft
        body(&svg)
        svg.close()
        return svg.markup
    }

    /// The embedded `<style>` text for `style`, made once per style and shared by every chart of the build (two
    /// for each chart figure): building the rules was about a fifth of writing a chart.
    private static let stylesheets = StylesheetCache()

    private static func stylesheet(for style: ChartStyle) -> String {
        stylesheets.text(for: style)
    }
}

/// `ChartFrame`'s stylesheets by style, shared by the render threads (an `NSLock`, as `Mutex` needs macOS 15).
private final class StylesheetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [ChartStyle: String] = [:]

    func text(for style: ChartStyle) -> String {
        if let known = lock.withLock({ texts[style] }) { return known }
        let text = "\n" + ChartStylesheet.css(for: style) + "\n"
        lock.withLock { texts[style] = text }
        return text
    }
}
