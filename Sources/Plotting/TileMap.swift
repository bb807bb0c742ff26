/// A tile-grid map: every region an equal square placed roughly as on a map, filled by value or status, with
/// its short name and value written on it and a legend above. Equal squares give small regions equal weight
/// and need no boundary data.
public struct TileMap: Sendable {
    public var id: String
    public var title: String
    public var tiles: [Tile]
    /// What the colours mean, e.g. "住院分娩率（%）".
    public var legendTitle: String
    /// Formats the legend's class breaks.
    public var format: ValueFormat
    public var width: Double
    public var strings: ChartStrings
    public var style: ChartStyle

    public init(
        id: String, title: String, tiles: [Tile], legendTitle: String = "", format: ValueFormat = ValueFormat(),
        width: Double = 640, strings: ChartStrings = .english, style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.tiles = tiles
        self.legendTitle = legendTitle
        self.format = format
        self.width = max(width, 160)
        self.strings = strings
        self.style = style
    }

    /// Regions from the top left, row by row, with their value labels or the words for "no data".
    public var table: ChartTable {
        let ordered = tiles.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        return ChartTable(caption: title, columns: [strings.regionHeader, strings.valueHeader], rows: ordered.map {
            [$0.name, $0.fill.isNoData ? strings.missingValue : $0.valueLabel]
        })
    }

    public var summary: String {
        MapSummary(strings: strings, kind: strings.tileMapKind,
                   regions: tiles.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
                       .map { ($0.name, $0.valueLabel, $0.fill) }).text
    }

    public func svg() -> String {
        let chartID = ChartID(id)
        let fontSize = style.fontSize
        let fills = tiles.map(\.fill)
        let coloring = MapColoring(fills: fills, palette: style.palette, hatchID: chartID("no-data"))
        let legend = MapLegend(title: legendTitle, coloring: coloring, fills: fills, format: format, strings: strings,
                               width: width, fontSize: fontSize)
        let columns = (tiles.map(\.column).max() ?? 0) + 1
        let rows = (tiles.map(\.row).max() ?? 0) + 1
        let gap = 3.0
        let size = min((width - gap * Double(columns - 1)) / Double(columns), 110)
        let gridWidth = size * Double(columns) + gap * Double(columns - 1)
        let left = (width - gridWidth) / 2
        let top = legend.height + fontSize
        let height = top + size * Double(rows) + gap * Double(rows - 1) + 2
        let tileElements = tiles.sorted { ($0.row, $0.column) < ($1.row, $1.column) }.map { tile in
            let box = Rect(x: left + Double(tile.column) * (size + gap), y: top + Double(tile.row) * (size + gap),
                           width: size, height: size)
            return MapLabelling.tile(box: box, name: tile.name,
                                     value: tile.fill.isNoData ? strings.noData : tile.valueLabel, fill: tile.fill,
                                     coloring: coloring, fontSize: fontSize)
        }
        let frame = ChartFrame(id: chartID, kind: "tile-map", width: width, height: height, title: title,
                               description: summary, style: style, strings: strings)
        return frame.render(defs: [coloring.hatchPattern], body: legend.elements + tileElements)
    }
}
