/// A chart as a page shows it: heading, the SVG, the same numbers as a table, source and download.
public struct ChartFigureView: Sendable {
    public var id: String
    public var title: String
    public var subtitle: String
    public var svg: String
    public var table: TableView
    public var note: String?
    public var downloadHref: String?
}
