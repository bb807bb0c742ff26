import SiteModel
import Testing

@Suite struct NestingDepthTests {
    @Test func depthsOfADeepChainAreComputedOnce() {
        let items = (1...5_000).map { "t\($0)" }
        let parents = Dictionary(uniqueKeysWithValues: (2...5_000).map { ("t\($0)", "t\($0 - 1)") })
        // Listed deepest first, the order that made a walk per item quadratic.
        let depths = nestingDepths(parents, of: items.reversed())
        #expect(depths["t1"] == 1)
        #expect(depths["t5000"] == 5_000)
        #expect(depths.count == 5_000)
    }

    @Test func unknownParentsCountAsNoneAndLoopsEnd() {
        let depths = nestingDepths(["a": "missing", "b": "a", "x": "y", "y": "x"], of: ["a", "b", "x", "y"])
        #expect(depths["a"] == 1)
        #expect(depths["b"] == 2)
        #expect(depths["x"] != nil && depths["y"] != nil)
    }
}
