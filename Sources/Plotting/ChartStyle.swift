/// Look shared by all charts of a site: palette, font and base text size.
public struct ChartStyle: Sendable, Hashable {
    public var palette: ChartPalette
    /// CSS font stack with the Chinese family first, so digits and Latin letters match `TextMetrics`.
    public var fontFamily: String
    /// Base text size in px; Chinese stays legible from 12 px up.
    public var fontSize: Double
    /// Whether each SVG carries its own `<style>` mapping CSS custom properties to the palette. Turn it off when
    /// the page includes `ChartStylesheet.css(for:)` once; the colours are also written as presentation
    /// attributes, so a chart looks right even with no CSS at all.
    public var embedsStylesheet: Bool
    /// The direction of the chart's language: right to left writes its texts so (`TextDirection`), and sets it on
    /// the root, so a chart inside a right-to-left page never inherits a direction its anchors were not made for.
    public var direction: TextDirection

    public init(
        palette: ChartPalette = .okabeIto, fontFamily: String = ChartStyle.defaultFontFamily, fontSize: Double = 13,
        embedsStylesheet: Bool = true, direction: TextDirection = .leftToRight
    ) {
        self.palette = palette
        self.fontFamily = fontFamily
        self.fontSize = max(fontSize, 12)
        self.embedsStylesheet = embedsStylesheet
        self.direction = direction
    }

    public static let defaultFontFamily =
        "'Noto Sans CJK SC','Source Han Sans SC','Noto Sans SC','PingFang SC','Hiragino Sans GB',"
        + "'Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"

    public static let standard = ChartStyle()
}
