/// The numbers of a chart as a table, so the page can show them as HTML next to the SVG (WCAG 1.1.1, 1.3.1).
///
/// The first cell of each row names the row (a year or a region) and should be a `<th scope="row">`.
public struct ChartTable: Sendable, Hashable {
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]

    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}
