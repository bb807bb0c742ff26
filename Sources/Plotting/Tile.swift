/// One region of a tile-grid map: an equal square at (row, column), 0-based from the top left.
public struct Tile: Sendable, Hashable {
    public var row: Int
    public var column: Int
    /// Short name shown on the tile ("临夏", "Linxia").
    public var name: String
    /// Value with its unit, for the table and summary; the tile shows it under the name without a long unit
    /// that the legend title names. Ignored for `.noData`, which shows the words for "no data".
    public var valueLabel: String
    public var fill: TileFill

    public init(row: Int, column: Int, name: String, valueLabel: String, fill: TileFill) {
        self.row = max(0, row)
        self.column = max(0, column)
        self.name = name
        self.valueLabel = valueLabel
        self.fill = fill
    }
}
