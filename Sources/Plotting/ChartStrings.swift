/// Every word a chart writes, in its SVG or its description, so the site can fill them from its own i18n
/// files. Templates use `{name}` placeholders; `.english` and `.chinese` are complete presets to start from.
public struct ChartStrings: Sendable, Hashable {
    /// BCP 47 tag written as the SVG's `lang`, so screen readers pronounce the title and description right.
    public var languageTag: String
    /// Joins names in a list: ", " or "、".
    public var listSeparator: String
    /// Ends a sentence: "." (followed by a space) or "。".
    public var sentenceEnd: String
    /// Separates sentences: " " in English, "" in Chinese.
    public var sentenceSeparator: String

    /// `{series}`: the series' names. "Line chart: Gansu, China"
    public var lineChartKind: String
    /// `{count}`: number of bars. "Bar chart of {count} regions"
    public var barChartKind: String
    public var tileMapKind: String
    public var choroplethKind: String
    /// `{count}`: number of panels.
    public var smallMultiplesKind: String

    /// `{series}`, `{first}`, `{start}`, `{last}`, `{end}`.
    public var rose: String
    public var fell: String
    public var unchanged: String
    /// One value only: `{series}`, `{last}`, `{end}`.
    public var single: String
    /// A series without any value: `{series}`.
    public var seriesNoData: String
    /// Periods without a value between two values of a line: `{series}`, `{start}`, `{end}` (the values'
    /// periods on either side of the gap).
    public var gapSentence: String

    /// `{target}` (the target's label), `{end}` (the latest period).
    public var targetMet: String
    public var targetNotMet: String

    /// `{label}`, `{value}`.
    public var highest: String
    public var lowest: String
    /// `{label}`, `{value}`, `{rank}`, `{count}`.
    public var rank: String
    /// `{list}`: names of the regions.
    public var metList: String
    public var notMetList: String
    public var noDataList: String

    /// Legend and tile word for a missing value, also the description of a gap.
    public var noData: String
    /// Legend entry standing for all context lines when there are too many to label one by one.
    public var otherSeries: String
    /// Table cell for a missing value.
    public var missingValue: String
    /// Legend words for status fills.
    public var met: String
    public var notMet: String
    public var noTarget: String
    /// Note explaining hollow points and dashed segments.
    public var estimatedNote: String
    /// Note explaining the dotted bridge drawn across periods without a value.
    public var gapNote: String

    /// Table column headers.
    public var periodHeader: String
    public var regionHeader: String
    public var valueHeader: String

    public init(
        languageTag: String, listSeparator: String, sentenceEnd: String, sentenceSeparator: String,
        lineChartKind: String, barChartKind: String, tileMapKind: String, choroplethKind: String,
        smallMultiplesKind: String, rose: String, fell: String, unchanged: String, single: String,
        seriesNoData: String, gapSentence: String, targetMet: String, targetNotMet: String, highest: String,
        lowest: String, rank: String, metList: String, notMetList: String, noDataList: String, noData: String,
        otherSeries: String, missingValue: String, met: String, notMet: String, noTarget: String, estimatedNote: String,
        gapNote: String, periodHeader: String, regionHeader: String, valueHeader: String
    ) {
        self.languageTag = languageTag
        self.listSeparator = listSeparator
        self.sentenceEnd = sentenceEnd
        self.sentenceSeparator = sentenceSeparator
        self.lineChartKind = lineChartKind
        self.barChartKind = barChartKind
        self.tileMapKind = tileMapKind
        self.choroplethKind = choroplethKind
        self.smallMultiplesKind = smallMultiplesKind
        self.rose = rose
        self.fell = fell
        self.unchanged = unchanged
        self.single = single
        self.seriesNoData = seriesNoData
        self.gapSentence = gapSentence
        self.targetMet = targetMet
        self.targetNotMet = targetNotMet
        self.highest = highest
        self.lowest = lowest
        self.rank = rank
        self.metList = metList
        self.notMetList = notMetList
        self.noDataList = noDataList
        self.noData = noData
        self.otherSeries = otherSeries
        self.missingValue = missingValue
        self.met = met
        self.notMet = notMet
        self.noTarget = noTarget
        self.estimatedNote = estimatedNote
        self.gapNote = gapNote
        self.periodHeader = periodHeader
        self.regionHeader = regionHeader
        self.valueHeader = valueHeader
    }
}
