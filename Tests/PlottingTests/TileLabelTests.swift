import Foundation
import Testing
@testable import Plotting

/// Every filled tile names its region and shows its number, however long the unit and however narrow the map:
/// a tile whose label did not fit used to be left blank, its value only in the table.
@Suite struct TileLabelTests {
    /// Name and value lines of each tile, read back from the SVG in reading order, with the label's size.
    static func labels(_ map: TileMap) throws -> [(text: String, fontSize: Double)] {
        let root = try #require(SVGTree.parse(map.svg()), "\(map.id) is well-formed SVG")
        return root.descendants.filter { $0.attributes["class"] == "tile-group" }.map { group in
            let label = group.children.first { $0.name == "text" }
            let lines = label.map { $0.children.isEmpty ? [$0.text] : $0.children.map(\.text) } ?? []
            return (lines.joined(separator: " "), Double(label?.inherited("font-size") ?? "") ?? 0)
        }
    }

    static let maps: [(String, TileMap)] = [false, true].flatMap { chinese in
        [640.0, 360].flatMap { width in
            [
                ("population \(chinese) \(width)", Fixtures.longValueTiles(chinese: chinese, width: width)),
                ("mortality \(chinese) \(width)", Fixtures.longValueTiles(
                    chinese: chinese, values: [8.17, 31.27, 12.5, nil, 46.53, 15.07, 21.9, 9.2, 33.33, 8.17, 18.6,
                                               27.4, 13.95, 24.1],
                    format: chinese ? Fixtures.per100kZH : Fixtures.per100kEN,
                    legendTitle: chinese ? "孕产妇死亡率（/10万）" : "Maternal deaths per 100,000 live births",
                    width: width)),
                ("no legend \(chinese) \(width)", Fixtures.longValueTiles(chinese: chinese, legendTitle: "",
                                                                          width: width)),
            ]
        }
    }

    @Test(arguments: maps.indices)
    func everyFilledTileShowsItsNameAndNumber(_ index: Int) throws {
        let (name, map) = Self.maps[index]
        let ordered = map.tiles.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        let labels = try Self.labels(map)
        try #require(labels.count == ordered.count, "\(name): one group per tile")
        for (tile, label) in zip(ordered, labels) {
            guard let value = tile.fill.number else { continue }
            let number = map.format.numbers.format(value, decimals: map.format.decimals)
            #expect(label.text.replacingOccurrences(of: " ", with: "").contains(tile.name.replacingOccurrences(of: " ", with: "")),
                    "\(name): \(tile.name) is named on its tile")
            #expect(label.text.contains(number), "\(name): \(tile.name) shows \(number) on its tile, not \(label.text)")
            #expect(label.fontSize >= 10, "\(name): \(tile.name) at \(label.fontSize) px")
        }
    }

    @Test func longUnitsAreSaidOnceInTheLegendAndKeptInTheTable() throws {
        let map = Fixtures.longValueTiles(chinese: false)
        let labels = try Self.labels(map)
        #expect(labels.first?.text == "Jiuquan 105.57", "the tile shows the number; the legend names the unit")
        #expect(map.table.rows.first == ["Jiuquan", "105.57 × 10,000"], "the table keeps the unit")
        let percent = try Self.labels(Fixtures.valueTiles(chinese: false))
        #expect(percent.first?.text == "Jiuquan 98.7%", "a short unit stays on the number")
        let chinese = try Self.labels(Fixtures.longValueTiles(chinese: true))
        #expect(chinese.first?.text == "酒泉 105.57")
        #expect(chinese.allSatisfy { !$0.text.contains("万") },
                "a short unit that would break off its number on one tile is left to the legend on all of them")
        let unexplained = try Self.labels(Fixtures.longValueTiles(chinese: false, legendTitle: ""))
        #expect(unexplained.first?.text.hasPrefix("Jiuquan 105.57 ×") == true,
                "without a legend title the unit stays on the tile")
    }
}
