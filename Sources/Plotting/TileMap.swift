/// A tile-grid map: every region an equal square placed roughly as on a map, filled by value or status, with
/// its short name and value written on it (never dropped: shrunk to 10 px, then wrapped) and a legend above. Equal squares give small regions equal weight
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
    /// The tile names' wrapping kept across maps of one language, where the caller keeps one: a map drawn with it
    /// is the map drawn without.
    public var labels: TileLabelCache?

    public init(
        id: String, title: String, tiles: [Tile], legendTitle: String = "", format: ValueFormat = ValueFormat(),
        width: Double = 640, strings: ChartStrings = .english, style: ChartStyle = .standard,
        labels: TileLabelCache? = nil
    ) {
        self.id = id
        self.title = title
        self.tiles = tiles
        self.legendTitle = legendTitle
        self.format = format
        self.width = max(width, 160)
        self.strings = strings
        self.style = style
        self.labels = labels
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

    /// What each tile says under its name: the words for "no data", or its value. When the legend title names
    /// the unit, a long unit is left to it (the convention the legend's breaks and the axes follow: short units on
    /// the number, long ones said once), and so is a short one when a value with it would not fit its tile on one
    /// line, so that no tile's unit is broken off its number and all tiles read alike. The table keeps the units.
    func tileTexts(fits: (Tile, String) -> Bool) -> [String] {
        TileTextChoices(map: self).chosen { fits(tiles[$0], $1) }
    }

    public func svg() -> String { svg(summary: summary) }

    /// `svg()` with its `summary` given: the same map drawn at two sizes says the same, so it is written once.
    public func svg(summary: String) -> String {
        var data = TileMapData(map: self)
        return svg(summary: summary, data: &data)
    }

    /// The map as `svg(summary:)` writes it, and again `narrowWidth` wide with the id `narrowID`: a page's wide
    /// and narrow copies, which share their colour classes, their order and the labels' fits where their tiles
    /// are the same size, found once.
    public func svgs(summary: String, narrowID: String, narrowWidth: Double) -> (wide: String, narrow: String) {
        var data = TileMapData(map: self)
        var narrow = self
        narrow.id = narrowID
        narrow.width = max(narrowWidth, 160)
        let wide = svg(summary: summary, data: &data)
        return (wide, narrow.svg(summary: summary, data: &data))
    }

    private func svg(summary: String, data: inout TileMapData) -> String {
        let chartID = ChartID(id)
        let fontSize = style.fontSize
        var coloring = data.coloring
        coloring.hatchID = chartID("no-data")
        let legend = MapLegend(title: legendTitle, coloring: coloring, fills: data.fills, format: format,
                               strings: strings, width: width, fontSize: fontSize)
        let columns = (tiles.map(\.column).max() ?? 0) + 1
        let rows = (tiles.map(\.row).max() ?? 0) + 1
        let gap = 3.0
        let size = min((width - gap * Double(columns - 1)) / Double(columns), 110)
        let gridWidth = size * Double(columns) + gap * Double(columns - 1)
        let left = (width - gridWidth) / 2
        let top = legend.height + fontSize
        let height = top + size * Double(rows) + gap * Double(rows - 1) + 2
        let box = Rect(x: 0, y: 0, width: size, height: size)
        // The fits found to choose the texts are the first half of placing each label: kept for it, and for the
        // other copy of the map when its tiles are as large.
        var oneLineFits = data.oneLineFits.size == size
            ? data.oneLineFits : OneLineFits(size: size, count: tiles.count)
        let texts = data.texts.chosen { position, text in
            let tile = tiles[position]
            if let known = oneLineFits.fit(at: position, saying: text) { return known != nil }
            let fit = MapLabelling.fit(name: tile.name, value: text, in: box, fontSize: fontSize, wrapsValue: false,
                                       names: labels)
            oneLineFits.fits[position] = OneLineFits.Fit(value: text, fit: fit)
            return fit != nil
        }
        data.oneLineFits = oneLineFits
        let frame = ChartFrame(id: chartID, kind: "tile-map", width: width, height: height, title: title,
                               description: summary, style: style, strings: strings)
        return frame.render(defs: { coloring.writeHatchPattern(to: &$0) }) { svg in
            legend.write(to: &svg)
            for index in data.order {
                let tile = tiles[index]
                let text = texts[index]
                let box = Rect(x: left + Double(tile.column) * (size + gap), y: top + Double(tile.row) * (size + gap),
                               width: size, height: size)
                MapLabelling.writeTile(to: &svg, box: box, name: tile.name, value: text, fill: tile.fill,
                                       coloring: coloring, fontSize: fontSize,
                                       oneLineFit: oneLineFits.fit(at: index, saying: text),
                                       names: labels)
            }
        }
    }
}

/// What a tile map draws that does not depend on its width: the colour classes, the tiles' order, and the
/// labels' one-line fits by tile size. A page draws each map wide and narrow; both take these from one.
private struct TileMapData {
    let fills: [TileFill]
    let coloring: MapColoring
    let texts: TileTextChoices
    /// Positions in `tiles`, from the top left, row by row.
    let order: [Int]
    var oneLineFits = OneLineFits(size: -1, count: 0)

    init(map: TileMap) {
        fills = map.tiles.map(\.fill)
        coloring = MapColoring(fills: fills, palette: map.style.palette, hatchID: "")
        texts = TileTextChoices(map: map)
        order = map.tiles.indices.sorted {
            (map.tiles[$0].row, map.tiles[$0].column) < (map.tiles[$1].row, map.tiles[$1].column)
        }
    }
}

/// The labels' one-line fits (`MapLabelling.fit(…wrapsValue: false)`) found so far on tiles of one `size`, by
/// position in the map's `tiles`, each with the text it was found for: a fit depends on the tile's name, its text
/// and the size alone, so the wide and narrow copies share them where their tiles are as large, and a tile's
/// position finds its own without hashing its name and text (a dictionary by the three was a tenth of a map).
struct OneLineFits {
    struct Fit {
        let value: String
        let fit: MapLabelling.LabelFit?
    }

    let size: Double
    var fits: [Fit?]

    init(size: Double, count: Int) {
        self.size = size
        fits = Array(repeating: nil, count: count)
    }

    /// The fit found for the tile at `position` saying `value`: `.some(nil)` where none fits, nil where not
    /// looked for.
    func fit(at position: Int, saying value: String) -> MapLabelling.LabelFit?? {
        guard position < fits.count, let known = fits[position], known.value == value else { return nil }
        return .some(known.fit)
    }
}

/// The texts a map's tiles may say under their names (`TileMap.tileTexts`), with and without the unit, made once
/// for every size the map is drawn at; only the choice between them depends on the size of the tiles.
private struct TileTextChoices {
    /// The words for "no data", or the value as written.
    let written: [String]
    /// The values without their unit, where the legend title names it; nil where the tiles keep their units.
    let bare: [String]?
    /// The unit is too long for any tile: the bare texts whatever fits.
    let alwaysBare: Bool

    init(map: TileMap) {
        let written = map.tiles.map { $0.fill.isNoData ? map.strings.noData : $0.valueLabel }
        self.written = written
        bare = map.legendTitle.isEmpty ? nil
            : zip(map.tiles, written).map { $0.fill.isNoData ? $1 : map.format.droppingUnit(from: $1) }
        alwaysBare = !map.format.unitFitsOnTick
    }

    /// The written texts when every tile `fits` its own (asked by its position in the map's tiles), else the
    /// bare ones.
    func chosen(fits: (Int, String) -> Bool) -> [String] {
        guard let bare else { return written }
        if alwaysBare { return bare }
        return written.indices.allSatisfy { fits($0, written[$0]) } ? written : bare
    }
}
