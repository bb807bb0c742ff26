import Foundation
@testable import Plotting

/// Small hand-made data sets for the goldens (illustrative values, not official figures).
enum Fixtures {
    static let percentEN = ValueFormat(numbers: .english, decimals: 1, suffix: "%")
    static let percentZH = ValueFormat(numbers: .chinese, decimals: 1, suffix: "%")
    static let per100kEN = ValueFormat(numbers: .english, decimals: 1, suffix: " per 100,000")
    static let per100kZH = ValueFormat(numbers: .chinese, decimals: 1, suffix: "/10万")

    static func years(_ start: Int, _ values: [Double?], yearSuffix: String = "",
                      estimated: Set<Int> = [], footnotes: [Int: String] = [:]) -> [LinePoint] {
        values.enumerated().map { offset, value in
            let year = start + offset
            return LinePoint(x: Double(year), label: "\(year)\(yearSuffix)", y: value,
                             isEstimated: estimated.contains(year), footnote: footnotes[year])
        }
    }

    /// Hospital delivery rate: home region, the country, two prefectures as context; a gap and an estimate.
    static func coverageLine(chinese: Bool) -> LineChart {
        let suffix = chinese ? "年" : ""
        let names = chinese ? ["甘肃省", "全国", "兰州市", "临夏回族自治州"] : ["Gansu", "China", "Lanzhou", "Linxia Hui Autonomous Prefecture"]
        let series = [
            LineSeries(label: names[2], role: .context,
                       points: years(2015, [97.1, 97.8, 98.2, 98.9, 99.1, 99.3, 99.5, 99.6, 99.7, 99.8], yearSuffix: suffix)),
            LineSeries(label: names[3], role: .context,
                       points: years(2015, [88.2, 89.9, nil, 92.4, 93.8, 94.1, 95.6, 96.0, 96.9, 97.6], yearSuffix: suffix)),
            LineSeries(label: names[1], role: .comparator,
                       points: years(2015, [99.7, 99.8, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9], yearSuffix: suffix)),
            LineSeries(label: names[0], role: .primary,
                       points: years(2015, [91.5, 93.0, 94.6, 95.8, 96.9, 97.4, 98.1, 98.5, 98.9, 99.2],
                                     yearSuffix: suffix, estimated: [2024], footnotes: [2024: "*"])),
        ]
        let target = ChartTarget(value: 95, comparison: .atLeast, label: chinese ? "目标 ≥95%" : "Target ≥ 95%")
        return LineChart(id: chinese ? "c1" : "c2", title: chinese ? "住院分娩率" : "Hospital delivery rate",
                         series: series, target: target, format: chinese ? percentZH : percentEN,
                         strings: chinese ? .chinese : .english)
    }

    /// Years without data: the home region jumps from 2012 to 2020 (as the example site's hospital delivery
    /// rate does), the country has a row flagged missing in 2016, and a prefecture was surveyed every four years.
    static func gapLine(chinese: Bool) -> LineChart {
        let suffix = chinese ? "年" : ""
        func point(_ year: Int, _ value: Double?, estimated: Bool = false) -> LinePoint {
            LinePoint(x: Double(year), label: "\(year)\(suffix)", y: value, isEstimated: estimated,
                      footnote: estimated ? "*" : nil)
        }
        let series = [
            LineSeries(label: chinese ? "临夏州" : "Linxia", role: .context,
                       points: [point(2012, 88.1), point(2016, 93.4), point(2020, 97.2)], step: 1),
            LineSeries(label: chinese ? "全国" : "China", role: .comparator,
                       points: years(2012, [99.2, 99.5, 99.6, 99.7, nil, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9],
                                     yearSuffix: suffix), step: 1),
            LineSeries(label: chinese ? "甘肃省" : "Gansu", role: .primary,
                       points: [point(2012, 96.5), point(2020, 99.4), point(2021, 99.6), point(2022, 99.7),
                                point(2023, 99.8, estimated: true)], step: 1),
        ]
        let target = ChartTarget(value: 95, comparison: .atLeast, label: chinese ? "目标 ≥95%" : "Target ≥ 95%")
        return LineChart(id: chinese ? "gap1" : "gap2", title: chinese ? "住院分娩率" : "Hospital delivery rate",
                         series: series, target: target, format: chinese ? percentZH : percentEN,
                         strings: chinese ? .chinese : .english)
    }

    /// Maternal mortality per 100,000: lower is better, a long unit that needs a caption.
    static func mortalityLine(chinese: Bool) -> LineChart {
        let suffix = chinese ? "年" : ""
        let series = [
            LineSeries(label: chinese ? "全国" : "China", role: .comparator,
                       points: years(2010, [30.0, 26.1, 24.5, 23.2, 21.7, 20.1, 19.9, 19.6, 18.3, 17.8, 16.9], yearSuffix: suffix)),
            LineSeries(label: chinese ? "甘肃省" : "Gansu", role: .primary,
                       points: years(2010, [39.4, 35.1, 30.3, 28.6, 25.9, 22.4, 21.2, 19.5, 18.69, nil, 15.8], yearSuffix: suffix)),
        ]
        let target = ChartTarget(value: 18, comparison: .atMost, label: chinese ? "目标 ≤18/10万" : "Target ≤ 18 per 100,000")
        return LineChart(id: chinese ? "c3" : "c4", title: chinese ? "孕产妇死亡率" : "Maternal mortality ratio",
                         series: series, target: target, format: chinese ? per100kZH : per100kEN, yFromZero: true,
                         strings: chinese ? .chinese : .english)
    }

    static func onePoint() -> LineChart {
        LineChart(id: "one", title: "Single value", series: [
            LineSeries(label: "Gansu", role: .primary, points: [LinePoint(x: 2020, y: 96.1)]),
        ], format: percentEN)
    }

    static func twoPoints() -> LineChart {
        LineChart(id: "two", title: "Two values", series: [
            LineSeries(label: "Gansu", role: .primary, points: [LinePoint(x: 2010, y: 80.05), LinePoint(x: 2020, y: 96.6)]),
            LineSeries(label: "China", role: .comparator, points: [LinePoint(x: 2010, y: 89.7), LinePoint(x: 2020, y: 95.2)]),
        ], target: ChartTarget(value: 95, comparison: .atLeast, label: "Target ≥ 95%"), format: percentEN)
    }

    /// Fifty years of a count, from zero, with many lines (a legend instead of direct labels).
    static func fiftyYears() -> LineChart {
        let regions = ["Lanzhou", "Jiayuguan", "Jinchang", "Baiyin", "Tianshui", "Wuwei", "Zhangye", "Pingliang"]
        var series = regions.enumerated().map { index, name in
            LineSeries(label: name, role: .context, points: (0..<50).map { year -> LinePoint in
                let trend: Int = 200 + index * 90 + year * (3 + index)
                let wiggle: Int = (year * 7 + index * 13) % 11 * 4
                return LinePoint(x: Double(1975 + year), y: Double(trend + wiggle))
            })
        }
        let home = (0..<50).map { year -> LinePoint in
            let value: Int = 600 + year * 14 + (year * 5) % 7 * 6
            return LinePoint(x: Double(1975 + year), y: Double(value))
        }
        series.append(LineSeries(label: "Gansu (thousands)", role: .primary, points: home))
        return LineChart(id: "fifty", title: "Births", series: series,
                         format: ValueFormat(numbers: .english, decimals: 0), yFromZero: true)
    }

    /// Quarterly values within a year and a half: the axis uses the points' own labels.
    static func quarters() -> LineChart {
        let labels = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"]
        let values = [0.012, 0.031, 0.045, 0.052, 0.07, 0.087]
        return LineChart(id: "q", title: "Quarterly share", series: [
            LineSeries(label: "Gansu", role: .primary, points: labels.indices.map { index in
                LinePoint(x: 2023 + Double(index) * 0.25, label: labels[index], y: values[index])
            }),
        ], format: ValueFormat(numbers: .english, decimals: 3))
    }

    /// The fourteen prefectures of Gansu (short names) with illustrative values; one has no data.
    static let prefectures: [(zh: String, en: String, row: Int, col: Int, value: Double?)] = [
        ("酒泉", "Jiuquan", 0, 0, 98.7), ("嘉峪关", "Jiayuguan", 0, 1, 99.6), ("张掖", "Zhangye", 1, 2, 97.9),
        ("金昌", "Jinchang", 1, 3, 99.1), ("武威", "Wuwei", 1, 4, 96.2), ("兰州", "Lanzhou", 2, 4, 99.8),
        ("白银", "Baiyin", 2, 5, 95.4), ("庆阳", "Qingyang", 2, 6, 94.3), ("临夏", "Linxia", 3, 4, 91.2),
        ("定西", "Dingxi", 3, 5, 93.6), ("平凉", "Pingliang", 3, 6, 96.8), ("甘南", "Gannan", 4, 4, nil),
        ("天水", "Tianshui", 4, 5, 95.0), ("陇南", "Longnan", 5, 5, 92.7),
    ]

    static func prefectureBars(chinese: Bool) -> BarChart {
        var bars = prefectures.map { Bar(label: chinese ? $0.zh : $0.en, value: $0.value) }
        bars.append(Bar(label: chinese ? "甘肃省" : "Gansu", value: 96.3, role: .primary))
        bars.append(Bar(label: chinese ? "全国" : "China", value: 99.9, role: .comparator))
        return BarChart(
            id: chinese ? "b1" : "b2", title: chinese ? "各市州住院分娩率（2024年）" : "Hospital delivery rate by prefecture, 2024",
            bars: bars, target: ChartTarget(value: 95, comparison: .atLeast, label: chinese ? "目标 ≥95%" : "Target ≥ 95%"),
            reference: ReferenceLine(value: 96.3, label: chinese ? "甘肃省 96.3%" : "Gansu 96.3%"),
            format: chinese ? percentZH : percentEN, strings: chinese ? .chinese : .english)
    }

    /// Lower is better, so ascending; full English names wrap in the gutter.
    static func mortalityBars() -> BarChart {
        let names = ["Linxia Hui Autonomous Prefecture", "Gannan Tibetan Autonomous Prefecture", "Lanzhou", "Tianshui"]
        let values = [24.8, 31.2, 9.6, 15.3]
        return BarChart(id: "b3", title: "Maternal mortality ratio",
                        bars: zip(names, values).map { Bar(label: $0, value: $1) },
                        target: ChartTarget(value: 18, comparison: .atMost, label: "Target ≤ 18"),
                        order: .ascending, format: per100kEN)
    }

    static func sparkline() -> Sparkline {
        Sparkline(id: "s1", title: "Gansu, hospital delivery rate", points: years(2015, [91.5, 93.0, nil, 95.8, 96.9, 97.4, 98.1]),
                  format: percentEN)
    }

    /// A sparkline of a series surveyed in 2012, 2016 and 2020, then every year.
    static func gapSparkline() -> Sparkline {
        let points = [2012, 2016, 2020, 2021, 2022].enumerated().map { index, year in
            LinePoint(x: Double(year), y: [96.5, 97.8, 99.4, 99.6, 99.7][index])
        }
        return Sparkline(id: "s2", title: "Gansu, hospital delivery rate", points: points, step: 1, format: percentEN)
    }

    static func valueTiles(chinese: Bool) -> TileMap {
        let format = chinese ? percentZH : percentEN
        let tiles = prefectures.map { region in
            Tile(row: region.row, column: region.col, name: chinese ? region.zh : region.en,
                 valueLabel: region.value.map(format.format) ?? "", fill: region.value.map(TileFill.value) ?? .noData)
        }
        return TileMap(id: chinese ? "m1" : "m2", title: chinese ? "各市州住院分娩率" : "Hospital delivery rate by prefecture",
                       tiles: tiles, legendTitle: chinese ? "住院分娩率（%），2024年" : "Hospital delivery rate (%), 2024",
                       format: format, strings: chinese ? .chinese : .english)
    }

    /// The 2020 census population of the prefectures, in units of 10,000: values whose English unit is longer
    /// than the number, on a map as narrow as a phone's.
    static let populations: [Double?] = [
        105.57, 31.27, 113.1, 43.8, 146.5, 435.94, 151.21, 217.97, 210.98, 252.41, 184.86, 69.18, 298.47, 240.73,
    ]

    static func longValueTiles(chinese: Bool, values: [Double?] = populations, format: ValueFormat? = nil,
                               legendTitle: String? = nil, width: Double = 360) -> TileMap {
        let format = format ?? ValueFormat(numbers: chinese ? .chinese : .english, decimals: nil,
                                           suffix: chinese ? "万" : " × 10,000")
        let tiles = zip(prefectures, values).map { region, value in
            Tile(row: region.row, column: region.col, name: chinese ? region.zh : region.en,
                 valueLabel: value.map(format.format) ?? "", fill: value.map(TileFill.value) ?? .noData)
        }
        return TileMap(id: chinese ? "m5" : "m6", title: chinese ? "各市州常住人口，2020年" : "Resident population, 2020",
                       tiles: tiles, legendTitle: legendTitle ?? (chinese ? "万人" : "10,000 people"), format: format,
                       width: width, strings: chinese ? .chinese : .english)
    }

    static func statusTiles(chinese: Bool) -> TileMap {
        let format = chinese ? percentZH : percentEN
        let tiles = prefectures.map { region in
            let fill: TileFill = region.value.map { $0 >= 95 ? .met : .notMet } ?? .noData
            return Tile(row: region.row, column: region.col, name: chinese ? region.zh : region.en,
                        valueLabel: region.value.map(format.format) ?? "", fill: fill)
        }
        return TileMap(id: chinese ? "m3" : "m4", title: chinese ? "各市州目标实现情况" : "Target status by prefecture",
                       tiles: tiles, legendTitle: chinese ? "目标 ≥95%" : "Target ≥ 95%", format: format,
                       strings: chinese ? .chinese : .english)
    }

    static var geoJSON: Data {
        (try? Data(contentsOf: Golden.url("test-regions.geojson"))) ?? Data()
    }

    static func choropleth(chinese: Bool) throws -> ChoroplethMap {
        let names = chinese ? ["西部", "中部", "飞地", "南部"] : ["West", "Middle", "Enclave", "South"]
        let values = [12.5, 18.69, 31.2, 24.0]
        let format = chinese ? per100kZH : per100kEN
        var areas = zip(["A1", "B2", "C3", "D4"], zip(names, values)).map { code, pair in
            MapArea(featureID: code, name: pair.0, valueLabel: format.format(pair.1), fill: .value(pair.1))
        }
        areas.append(MapArea(featureID: "E5", name: chinese ? "东南" : "Southeast", valueLabel: "", fill: .noData))
        return try ChoroplethMap(id: chinese ? "g1" : "g2", title: chinese ? "孕产妇死亡率" : "Maternal mortality ratio",
                                 geoJSON: geoJSON, featureIDProperty: "code", areas: areas,
                                 legendTitle: chinese ? "孕产妇死亡率（/10万）" : "Maternal deaths per 100,000 live births",
                                 format: ValueFormat(numbers: .english, decimals: 0), strings: chinese ? .chinese : .english)
    }

    static func smallMultiples(chinese: Bool) -> SmallMultiples {
        let suffix = chinese ? "年" : ""
        let picked = Array(prefectures.prefix(8))
        let panels = picked.enumerated().map { index, region in
            let base = (region.value ?? 90) - 8
            let values: [Double?] = (0..<10).map { year in
                region.value == nil && year > 6 ? nil : base + Double(year) * 0.8 + Double((index + year) % 3) * 0.4
            }
            let china = LineSeries(label: chinese ? "全国" : "China", role: .context,
                                   points: years(2015, (0..<10).map { 95 + Double($0) * 0.5 }, yearSuffix: suffix))
            return SmallMultiplesPanel(title: chinese ? region.zh : region.en, series: [
                china, LineSeries(label: chinese ? region.zh : region.en, role: .primary,
                                  points: years(2015, values, yearSuffix: suffix)),
            ])
        }
        return SmallMultiples(id: chinese ? "sm1" : "sm2", title: chinese ? "各市州住院分娩率" : "Hospital delivery rate by prefecture",
                              panels: panels, target: ChartTarget(value: 95, comparison: .atLeast, label: chinese ? "目标 ≥95%" : "Target ≥ 95%"),
                              format: chinese ? percentZH : percentEN, strings: chinese ? .chinese : .english)
    }

    /// A narrow rendering for phones: the site can draw a second, 360 px wide version.
    static func narrowLine() -> LineChart {
        var chart = coverageLine(chinese: true)
        chart.id = "narrow"
        chart.width = 360
        chart.height = 300
        return chart
    }
}
