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

    func render(defs: [SVGElement] = [], body: [SVGElement]) -> String {
        let paints = Paints(palette: style.palette)
        var children: [SVGElement] = [
            SVGElement("title", ["id": id("title")], text: title),
            SVGElement("desc", ["id": id("desc")], text: description),
        ]
        if style.embedsStylesheet {
            children.append(SVGElement("style", text: Self.stylesheet(for: style)))
        }
        if !defs.isEmpty { children.append(SVGElement("defs", children: defs)) }
        children += style.direction == .rightToLeft ? body.map { $0.mirroringTextAnchors() } : body
        var root = SVGElement("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "chart chart-\(kind)",
            "viewBox": "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))",
            "width": "100%",
            "role": "img",
            "aria-labelledby": id("title"),
            "aria-describedby": id("desc"),
            "lang": strings.languageTag,
            "font-family": style.fontFamily,
            "font-size": style.fontSize,
            "fill": paints.text.hex,
        ], children: children)
        if style.direction == .rightToLeft { root = root.with("direction", "rtl") }
        return root.render()
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
