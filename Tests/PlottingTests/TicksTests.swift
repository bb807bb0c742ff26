import Testing
@testable import Plotting

/// Ticks and nice domains against outputs of d3-array and d3-scale.
@Suite struct TicksTests {
    @Test func niceExtendsToRoundValues() {
        #expect(Ticks.nice(0, 96.3, count: 10) == (0, 100))
        #expect(Ticks.nice(88.2, 97.6, count: 5) == (88, 98))
        #expect(Ticks.nice(0.012, 0.087, count: 5) == (0, 0.1))
        #expect(Ticks.nice(97.6, 88.2, count: 5) == (98, 88))
    }

    @Test func ticksFollowTheOneTwoFiveRule() {
        #expect(Ticks.ticks(88.2, 97.6, count: 5) == [90, 92, 94, 96])
        #expect(Ticks.ticks(0, 96.3, count: 10) == [0, 10, 20, 30, 40, 50, 60, 70, 80, 90])
        #expect(Ticks.ticks(0, 1, count: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
        #expect(Ticks.ticks(0.012, 0.087, count: 5) == [0.02, 0.04, 0.06, 0.08])
        #expect(Ticks.ticks(-10, 10, count: 5) == [-10, -5, 0, 5, 10])
        #expect(Ticks.ticks(1, 0, count: 5) == [1, 0.8, 0.6, 0.4, 0.2, 0])
    }

    @Test func smallStepsDivideIntegers() {
        let ticks = Ticks.ticks(0, 1, count: 10)
        #expect(ticks[3] == 0.3, "0.3, not 0.30000000000000004")
        #expect(ticks.map { NumberFormat.english.format($0, decimals: nil) }.contains("0.3"))
    }

    @Test func edgeCases() {
        #expect(Ticks.ticks(5, 5, count: 10) == [5])
        #expect(Ticks.ticks(0, 10, count: 0) == [])
        #expect(Ticks.ticks(0, .nan, count: 5) == [])
        #expect(Ticks.ticks(0, .infinity, count: 5) == [])
        #expect(Ticks.ticks(-1, 0, count: 2).allSatisfy { $0.sign == .plus || $0 != 0 })
        #expect(Ticks.tickIncrement(0, 1, count: 10) == -10)
        #expect(Ticks.tickIncrement(0, 100, count: 10) == 10)
        #expect(Ticks.tickStep(0, 0.1, count: 5) == 0.02)
        #expect(Ticks.tickStep(10, 0, count: 5) == -2)
    }

    @Test func decimalsFollowTheStep() {
        #expect(Ticks.decimals(forStep: 2) == 0)
        #expect(Ticks.decimals(forStep: 0.5) == 1)
        #expect(Ticks.decimals(forStep: 0.02) == 2)
        #expect(Ticks.decimals(forStep: 1000) == 0)
    }

    @Test func yearTicksAreWholeYears() {
        #expect(TimeAxis.yearTicks(start: 2019, end: 2021, count: 7) == [2019, 2020, 2021])
        #expect(TimeAxis.yearTicks(start: 2015, end: 2024, count: 6) == [2016, 2018, 2020, 2022, 2024])
        #expect(TimeAxis.yearLabel(2020) == "2020")
        let axis = TimeAxis(labels: [2019: "2019", 2020: "2020", 2021: "2021"], range: (0, 600), fontSize: 13)
        #expect(axis.ticks.map(\.label) == ["2019", "2020", "2021"])
    }

    @Test func scalesMapLinearlyAndBands() {
        let scale = LinearScale(domain: (0, 100), range: (300, 0))
        #expect(scale(25) == 225)
        #expect(LinearScale(domain: (5, 5), range: (0, 10))(5) == 5)
        let bands = BandScale(count: 3, range: 0...100, paddingInner: 0, paddingOuter: 0)
        #expect(abs(bands.step - 100.0 / 3) < 1e-9)
        #expect(bands.start(0) == 0)
        let padded = BandScale(count: 2, range: 0...100, paddingInner: 0.5, paddingOuter: 0.25)
        #expect(padded.step == 50)
        #expect(padded.bandwidth == 25)
        #expect(padded.start(0) == 12.5)
        let colours = OrdinalScale(keys: ["a", "b", "c"], outputs: ["red", "blue"])
        #expect(colours("c") == "red")
        #expect(colours("z") == nil)
    }

    @Test func labelStackKeepsLabelsApart() {
        let centres = LabelStack.place(desired: [100, 101, 102], heights: [10, 10, 10], bounds: 0...300, gap: 2)
        let sorted = centres.sorted()
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $1 - $0 >= 12 - 1e-9 })
        let clamped = LabelStack.place(desired: [298, 299], heights: [10, 10], bounds: 0...300, gap: 2)
        #expect(clamped.max()! <= 295)
    }
}
