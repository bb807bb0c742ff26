import Testing
@testable import Plotting

/// Tile names wrapped once and kept across maps (`TileLabelCache`) must give the labels a fresh search gives.
@Suite struct TileLabelCacheTests {
    private func maps(chinese: Bool) -> [TileMap] {
        [Fixtures.valueTiles(chinese: chinese), Fixtures.statusTiles(chinese: chinese),
         Fixtures.longValueTiles(chinese: chinese), Fixtures.longValueTiles(chinese: chinese, width: 640),
         Fixtures.longValueTiles(chinese: chinese, width: 200)]
    }

    @Test func aMapDrawnWithAWarmCacheIsTheMapDrawnCold() {
        for chinese in [true, false] {
            let labels = TileLabelCache()
            for round in 1...2 {
                for map in maps(chinese: chinese) {
                    var cached = map
                    cached.labels = labels
                    let cold = map.svgs(summary: map.summary, narrowID: "n", narrowWidth: 300)
                    let warm = cached.svgs(summary: map.summary, narrowID: "n", narrowWidth: 300)
                    #expect(warm.wide == cold.wide, "\(map.id), round \(round)")
                    #expect(warm.narrow == cold.narrow, "\(map.id), round \(round)")
                }
            }
            #expect(labels.count > 0, "the maps' names are kept")
        }
    }

    @Test func aFitWithKeptNamesIsAFreshFit() {
        let labels = TileLabelCache()
        var valueWrapped = 0
        for _ in 1...2 {
            for name in LabelFitReuseTests.texts {
                for value in LabelFitReuseTests.texts.suffix(4) {
                    for size in [30.0, 48, 64, 110] {
                        let box = Rect(x: 5, y: 7, width: size, height: size)
                        for wrapsValue in [false, true] {
                            let fresh = MapLabelling.fit(name: name, value: value, in: box, fontSize: 13, wrapsValue: wrapsValue)
                            let kept = MapLabelling.fit(
                                name: name, value: value, in: box, fontSize: 13, wrapsValue: wrapsValue, names: labels)
                            #expect(kept?.fontSize == fresh?.fontSize, "\(name) / \(value) on \(size) px")
                            #expect(kept?.nameLines == fresh?.nameLines, "\(name) / \(value) on \(size) px")
                            #expect(kept?.valueLines == fresh?.valueLines, "\(name) / \(value) on \(size) px")
                            if !wrapsValue, fresh == nil { valueWrapped += 1 }
                        }
                    }
                }
            }
        }
        #expect(valueWrapped > 0)
    }

    /// The reference the kept layouts must equal: the name wrapped afresh at each size.
    @Test func keptLayoutsAreTheNameWrappedAtEachSize() {
        for name in LabelFitReuseTests.texts {
            let layouts = TileLabelCache.layouts(of: name, maxWidth: 40, fontSize: 13)
            #expect(layouts.lines.count == 4)
            for (step, size) in [13.0, 12, 11, 10].enumerated() {
                let lines = TextMetrics.wrap(name, maxWidth: 40, fontSize: size)
                #expect(layouts.lines[step] == lines)
                #expect(layouts.widest[step] == lines.map { TextMetrics.width(of: $0, fontSize: size) }.max())
            }
        }
    }
}
