import Foundation
import Testing
@testable import Plotting

/// Every chart type in Chinese and English, compared with its golden file and checked for structure.
@Suite struct GoldenTests {
    static let cases: [(name: String, svg: @Sendable () -> String)] = [
        ("line-coverage.zh.svg", { Fixtures.coverageLine(chinese: true).svg() }),
        ("line-coverage.en.svg", { Fixtures.coverageLine(chinese: false).svg() }),
        ("line-mortality.zh.svg", { Fixtures.mortalityLine(chinese: true).svg() }),
        ("line-mortality.en.svg", { Fixtures.mortalityLine(chinese: false).svg() }),
        ("line-one-point.en.svg", { Fixtures.onePoint().svg() }),
        ("line-two-points.en.svg", { Fixtures.twoPoints().svg() }),
        ("line-fifty-years.en.svg", { Fixtures.fiftyYears().svg() }),
        ("line-quarters.en.svg", { Fixtures.quarters().svg() }),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesGolden(name: String) throws {
        let svg = Self.cases.first { $0.name == name }!.svg()
        try Golden.check(svg, name: name)
    }

    @Test(arguments: cases.map(\.name))
    func isDeterministic(name: String) {
        let make = Self.cases.first { $0.name == name }!.svg
        #expect(make() == make())
    }
}
