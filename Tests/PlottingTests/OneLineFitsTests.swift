import Testing
@testable import Plotting

/// A tile map keeps its labels' one-line fits by tile position (`OneLineFits`) and hands them from the wide copy
/// to the narrow one where their tiles are as large: each copy must be the map drawn on its own, whether the
/// tiles keep their units or drop them (a fit found for the written text is not the bare text's), and whether
/// the two copies' tiles are the same size or not.
@Suite struct OneLineFitsTests {
    static func maps() -> [TileMap] {
        var maps: [TileMap] = []
        for chinese in [false, true] {
            maps.append(Fixtures.valueTiles(chinese: chinese))
            maps.append(Fixtures.statusTiles(chinese: chinese))
            for width in [160.0, 360, 640] {
                maps.append(Fixtures.longValueTiles(chinese: chinese, width: width))
                maps.append(Fixtures.longValueTiles(chinese: chinese, legendTitle: "", width: width))
            }
            // Two columns: both copies' tiles reach the largest size, so the narrow copy takes the wide one's fits.
            var two = Fixtures.longValueTiles(chinese: chinese)
            two.tiles = two.tiles.prefix(4).enumerated().map { index, tile in
                var tile = tile
                tile.row = index / 2
                tile.column = index % 2
                return tile
            }
            maps.append(two)
            // The same name and text twice.
            var twice = Fixtures.valueTiles(chinese: chinese)
            twice.tiles[1].name = twice.tiles[0].name
            twice.tiles[1].valueLabel = twice.tiles[0].valueLabel
            maps.append(twice)
        }
        return maps
    }

    @Test func eachCopyIsTheMapDrawnOnItsOwn() {
        for map in Self.maps() {
            for narrowWidth in [160.0, 240, 360, 640] {
                let summary = map.summary
                let both = map.svgs(summary: summary, narrowID: "\(map.id)n", narrowWidth: narrowWidth)
                var narrow = map
                narrow.id = "\(map.id)n"
                narrow.width = max(narrowWidth, 160)
                #expect(both.wide == map.svg(summary: summary), "\(map.id) wide")
                #expect(both.narrow == narrow.svg(summary: summary), "\(map.id) at \(narrowWidth)")
            }
        }
    }

    @Test func aFitIsKeptForTheTextItWasFoundFor() {
        var fits = OneLineFits(size: 40, count: 3)
        fits.fits[1] = OneLineFits.Fit(value: "12 %", fit: nil)
        #expect(fits.fit(at: 0, saying: "12 %") == nil)
        #expect(fits.fit(at: 1, saying: "12") == nil)
        let found = fits.fit(at: 1, saying: "12 %")
        #expect(found != nil && found! == nil)
        #expect(fits.fit(at: 5, saying: "12 %") == nil)
    }
}
