import Testing
@testable import Plotting

/// Tile labels are fitted by trying sizes from the largest down, and a map's labels are fitted once to choose their
/// texts: what is found once and reused must give the labels a fresh search gives.
@Suite struct LabelFitReuseTests {
    static let texts = [
        "Jiuquan", "Gannan Tibetan Autonomous Prefecture", "甘南藏族自治州", "临夏回族自治州（州）", "(Linxia) Hui",
        "105.57 × 10,000", "98.7%", "15.07/10万", "a  b   c ", "",
    ]

    @Test func aTextWrappedAtSeveralSizesWrapsAsAFreshOne() {
        for text in Self.texts {
            var wrappable = TextMetrics.Wrappable(text)
            for size in stride(from: 14.0, through: 8, by: -1) {
                for maxWidth in [20.0, 44, 70, 120] {
                    let fresh = TextMetrics.Wrappable(text)
                    var copy = fresh
                    #expect(wrappable.lines(maxWidth: maxWidth, fontSize: size)
                        == copy.lines(maxWidth: maxWidth, fontSize: size), "\(text) at \(size) in \(maxWidth)")
                }
            }
        }
    }

    @Test func aTileGivenItsOneLineFitIsDrawnAsWithout() {
        let coloring = MapColoring(fills: [.value(1), .value(2), .noData], palette: .okabeIto,
                                   hatchID: "h")
        var valueWrapped = 0
        for name in Self.texts {
            for value in Self.texts.suffix(4) {
                for size in [30.0, 48, 64, 110] {
                    let box = Rect(x: 5, y: 7, width: size, height: size)
                    let oneLine = MapLabelling.fit(name: name, value: value, in: box, fontSize: 12, wrapsValue: false)
                    var fresh = SVGWriter()
                    MapLabelling.writeTile(to: &fresh, box: box, name: name, value: value, fill: .value(1),
                                           coloring: coloring, fontSize: 12)
                    var reused = SVGWriter()
                    MapLabelling.writeTile(to: &reused, box: box, name: name, value: value, fill: .value(1),
                                           coloring: coloring, fontSize: 12, oneLineFit: .some(oneLine))
                    #expect(reused.bytes == fresh.bytes, "\(name) / \(value) on \(size) px")
                    if oneLine == nil { valueWrapped += 1 }
                }
            }
        }
        #expect(valueWrapped > 0, "some labels need their value wrapped: the second half of the search is tested")
    }
}
