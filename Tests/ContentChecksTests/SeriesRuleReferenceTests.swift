import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

@testable import ContentChecks

/// The series rules read the file's columns instead of building every row: on generated data with outliers, unit
/// slips, target status changes, missing values, flags, notes, acknowledgements, an `area` dimension and rows out of
/// period order, they must find exactly what their previous computation (kept below as the reference) found.
@Suite struct SeriesRuleReferenceTests {
    /// A small deterministic generator, so a failure can be reproduced.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    private func generated(indicators count: Int, seed: UInt64) -> ContentFixture {
        var random = Generator(state: seed)
        var fixture = ContentFixture.minimal()
        var indicatorRows = ""
        let targets = [">=,50,2020", "<=,50,2020", "increase,,", "decrease,,", ",,"]
        for number in 1...count {
            let id = "generated-\(number)"
            let target = targets[number % targets.count]
            let headline = number % 6 == 0 ? "area=urban" : ""
            indicatorRows += "\(id),women-health,生成\(number),Generated \(number),ratio,1,higher,\(target),目标,Target,,\(headline)\n"
            let areas = number % 2 == 0 ? ["", "urban", "rural"] : [nil]
            var rows: [String] = []
            for region in ["620000", "100000", "620900", "621100"] {
                for area in areas {
                    var level = Double(20 + random.below(60))
                    var series: [String] = []
                    for year in 2001...2020 where random.below(8) != 0 {
                        level += Double(random.below(41) - 20) / 10
                        var value = level
                        switch random.below(30) {
                        case 0: value *= 10
                        case 1: value /= 1_000
                        case 2: value *= 3
                        case 3: value = -value
                        default: break
                        }
                        let missing = random.below(15) == 0
                        let flag = missing ? "M" : ["", "", "", "E", "P"][random.below(5)]
                        let text = missing ? "" : String(format: "%.\(random.below(3))f", value)
                        let note = random.below(10) == 0 ? "注\(year),note \(year)" : ","
                        let acknowledged = ["", "", "", "", "series.outlier", "series.unit-slip", "target.status-changed"][random.below(7)]
                        let dimension = area.map { "\($0)," } ?? ""
                        series.append("\(region),\(year),\(dimension)\(text),\(flag),\(note),,\(acknowledged)")
                    }
                    // Some series are written newest first, some shuffled: the rules sort by period.
                    switch random.below(3) {
                    case 0: series.reverse()
                    case 1: series.shuffle(using: &random)
                    default: break
                    }
                    rows += series
                }
            }
            // Regions interleaved, as a file sorted by year is.
            if number % 3 == 0 { rows.shuffle(using: &random) }
            let header = "region,year," + (areas == [nil] ? "" : "area,") + "value,flag,note_zh,note_en,source,acknowledged"
            fixture = fixture.with("data/\(id).csv", ([header] + rows).joined(separator: "\n") + "\n")
        }
        return fixture.with("indicators.csv", (fixture.files["indicators.csv"] ?? "") + indicatorRows)
    }

    @Test(arguments: [1, 2, 3] as [UInt64]) func columnRulesFindWhatTheirReferenceFinds(seed: UInt64) throws {
        let site = try generated(indicators: 24, seed: seed).withWrittenContent { directory in
            try ContentLoader(contentDirectory: directory, displayPath: "content").load().site
        }
        let context = CheckContext(site: site)
        let outliers = OutlierRule.check(context)
        let slips = UnitSlipRule.check(context)
        let changes = TargetStatusChangeRule.check(context)
        #expect(outliers == Reference.outliers(context))
        #expect(slips == Reference.unitSlips(context))
        #expect(changes == Reference.statusChanges(context))
        // The generated data must give every rule something to find, warned and acknowledged.
        for found in [outliers, slips, changes] {
            #expect(found.contains { $0.severity == .warning })
            #expect(found.contains { $0.severity == .info })
        }
    }
}

/// The series rules as they were computed before they read columns: one `Observation` per row, grouped by a
/// dictionary of region and dimensions, sorted by period.
private enum Reference {
    struct Series {
        var rows: [Observation]

        static func all(in data: IndicatorData) -> [Series] {
            struct Key: Hashable {
                var region: RegionCode
                var dimensions: [String: String]
            }
            var order: [Key] = []
            var rows: [Key: [Observation]] = [:]
            for position in data.observations.indices where data.observations.hasValue(at: position) {
                let row = data.observations[position]
                let key = Key(region: row.region, dimensions: row.dimensions)
                if rows[key] == nil { order.append(key) }
                rows[key, default: []].append(row)
            }
            return order.map { Series(rows: (rows[$0] ?? []).sorted { $0.period < $1.period }) }
        }

        var steps: [(before: Observation, after: Observation)] { zip(rows, rows.dropFirst()).map { ($0, $1) } }
    }

    static func outliers(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData {
            for series in Series.all(in: data) {
                let steps = series.steps
                guard steps.count >= OutlierRule.minimumChanges else { continue }
                let changes = steps.map { step in
                    (step.after.number - step.before.number) / max(step.after.period.timeValue - step.before.period.timeValue, 1)
                }
                let middle = OutlierRule.median(changes)
                let spread = OutlierRule.median(changes.map { abs($0 - middle) })
                guard spread > 0 else { continue }
                let level = OutlierRule.median(series.rows.map { abs($0.number) })
                for (step, change) in zip(steps, changes) {
                    let score = 0.6745 * abs(change - middle) / spread
                    guard score > OutlierRule.threshold, abs(change - middle) >= OutlierRule.materiality * level,
                        UnitSlipRule.slipFactor(step.before.number, step.after.number) == nil
                    else { continue }
                    findings.append(
                        context.finding(
                            .seriesOutlier,
                            "\(indicator.id.rawValue) \(context.describe(step.after)): the change from \(step.before.valueText) (\(step.before.period.text)) to \(step.after.valueText) is far outside this series' usual changes (median change per year \(rounded(middle)), modified z-score \(rounded(score)))",
                            row: step.after, in: data,
                            hint: "check the figure; where it is right, add series.outlier to the row's acknowledged column"))
                }
            }
        }
        return findings
    }

    static func unitSlips(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData {
            for series in Series.all(in: data) {
                for (before, after) in series.steps {
                    guard let factor = UnitSlipRule.slipFactor(before.number, after.number) else { continue }
                    let direction = after.number > before.number ? "about \(Int(factor)) times" : "about 1/\(Int(factor)) of"
                    findings.append(
                        context.finding(
                            .seriesUnitSlip,
                            "\(indicator.id.rawValue) \(context.describe(after)): value \(after.valueText) is \(direction) the value before it (\(before.valueText) in \(before.period.text)); a unit or decimal point may have slipped",
                            row: after, in: data,
                            hint: "check both figures' units; where the change is real, add series.unit-slip to the row's acknowledged column"))
                }
            }
        }
        return findings
    }

    static func statusChanges(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (indicator, data) in context.indicatorsWithData where indicator.target != nil {
            let byRegion = Dictionary(grouping: data.headline(indicator.headline).filter { $0.value != nil }, by: \.region)
            for region in context.site.regions {
                let series = (byRegion[region.code] ?? []).sorted { $0.period < $1.period }
                guard series.count >= 2, let latest = series.last else { continue }
                let now = indicator.status(of: series)
                let before = indicator.status(of: Array(series.dropLast()))
                let previous = series[series.count - 2]
                guard now != before, [now, before].allSatisfy({ $0 == .met || $0 == .notMet }),
                    latest.period.startYear - previous.period.startYear <= 1
                else { continue }
                let name = { (status: TargetStatus) in status == .met ? "met" : "not met" }
                findings.append(
                    context.finding(
                        .targetStatusChanged,
                        "\(indicator.id.rawValue) \(context.describe(latest)): the target is \(name(now)) with \(latest.valueText) but was \(name(before)) with \(previous.valueText) in \(previous.period.text)",
                        row: latest, in: data,
                        hint: "check the latest figure; where it is right, add target.status-changed to the row's acknowledged column"))
            }
        }
        return findings
    }

    private static func rounded(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return "\(value < 0 && hundredths > 0 ? "-" : "")\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
