/// A chart as a page shows it: heading, the SVG, the same numbers as a table, source and download.
public struct ChartFigureView: Sendable {
    public var id: String
    public var title: String
    public var subtitle: String
    public var svg: String
    /// The same chart laid out for a phone, so its text stays legible at 320–400 px (WCAG 1.4.10).
    public var svgNarrow: String?
    public var table: TableView
    /// Sentences under the chart explaining its marks (hollow points, dotted bridges), one paragraph each.
    public var notes: [String] = []
    public var downloadHref: String?
}
