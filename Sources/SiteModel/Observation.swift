/// The SDMX OBS_STATUS codes a data file may put in its `flag` column.
public enum ObservationFlag: String, Sendable, Hashable, CaseIterable {
    case estimated = "E"
    case provisional = "P"
    case breakInSeries = "B"
    case missing = "M"
    case forecast = "F"
}

/// Where a figure comes from: a source id, optionally with an anchor into its document (`bulletin-2021#p42`).
public struct SourceReference: Hashable, Sendable, CustomStringConvertible {
    public var source: SourceID
    /// A paragraph anchor such as `p42`, without `#`.
    public var anchor: String?

    public init(source: SourceID, anchor: String? = nil) {
        self.source = source
        self.anchor = anchor
    }

    /// Parses `id` or `id#anchor`; nil for an empty cell.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        if let hash = text.firstIndex(of: "#") {
            source = SourceID(String(text[..<hash]))
            let rest = String(text[text.index(after: hash)...])
            anchor = rest.isEmpty ? nil : rest
        } else {
            source = SourceID(text)
            anchor = nil
        }
    }

    public var description: String { anchor.map { "\(source.rawValue)#\($0)" } ?? source.rawValue }
}

/// One row of `data/<id>.csv`.
///
/// `IndicatorData` holds its rows as columns (`ObservationColumns`, 14 bytes a row) and builds an `Observation`
/// when a row is read. The value itself stays compact (80 bytes, see `ObservationLayoutTests`), as pages keep
/// copies of many: the parts most rows leave empty or share with many others — note, source, dimensions,
/// acknowledged rules — live in one immutable `ObservationDetails` that rows point to, which the loader shares
/// between the rows of a file that have the same ones; a row with none points to nothing. The properties read
/// and write as before, and equality and hashing are over the same values.
public struct Observation: Hashable, Sendable {
    public var region: RegionCode
    public var period: Period
    public var flag: ObservationFlag?
    private var storedLine: Int32
    /// Nil when the value is not available (then `flag` says why, usually `M`).
    public var value: DecimalValue?
    /// Nil when every detail is empty, so equal rows have equal storage.
    public private(set) var details: ObservationDetails?

    public init(
        region: RegionCode, period: Period, value: DecimalValue?, flag: ObservationFlag? = nil,
        note: Localized = Localized(), source: SourceReference? = nil, dimensions: [String: String] = [:],
        line: Int = 0, acknowledged: Set<String> = []
    ) {
        self.init(
            region: region, period: period, value: value, flag: flag,
            details: ObservationDetails(note: note, source: source, dimensions: dimensions, acknowledged: acknowledged),
            line: line)
    }

    /// A row whose details are shared with other rows (the loader passes one instance for all rows that have
    /// the same ones).
    public init(
        region: RegionCode, period: Period, value: DecimalValue?, flag: ObservationFlag? = nil,
        details: ObservationDetails?, line: Int = 0
    ) {
        self.region = region
        self.period = period
        self.value = value
        self.flag = flag
        self.storedLine = Int32(clamping: line)
        self.details = details.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A row read back from the column store, whose details are already nil where empty.
    init(
        region: RegionCode, period: Period, value: DecimalValue?, flag: ObservationFlag?,
        nonEmptyDetails: ObservationDetails?, storedLine: Int32
    ) {
        self.region = region
        self.period = period
        self.value = value
        self.flag = flag
        self.storedLine = storedLine
        self.details = nonEmptyDetails
    }

    public var note: Localized {
        get { details?.note ?? Localized() }
        set { replaceDetails(note: newValue) }
    }

    public var source: SourceReference? {
        get { details?.source }
        set { replaceDetails(source: .some(newValue)) }
    }

    /// Dimension column → value; an absent or empty value means the total.
    public var dimensions: [String: String] {
        get { details?.dimensions ?? [:] }
        set { replaceDetails(dimensions: newValue) }
    }

    /// The line of the data file, so later checks can point at the row.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// Check rule codes the publisher has explained on this row (the `acknowledged` column): their warnings
    /// about the row are printed as `info`.
    public var acknowledged: Set<String> {
        get { details?.acknowledged ?? [] }
        set { replaceDetails(acknowledged: newValue) }
    }

    /// Details are immutable, as other rows may share them: a change makes this row its own.
    private mutating func replaceDetails(
        note: Localized? = nil, source: SourceReference?? = nil, dimensions: [String: String]? = nil,
        acknowledged: Set<String>? = nil
    ) {
        let replaced = ObservationDetails(
            note: note ?? self.note, source: source ?? self.source, dimensions: dimensions ?? self.dimensions,
            acknowledged: acknowledged ?? self.acknowledged)
        details = replaced.isEmpty ? nil : replaced
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.region == rhs.region && lhs.period == rhs.period && lhs.value == rhs.value && lhs.flag == rhs.flag
            && lhs.storedLine == rhs.storedLine && lhs.details == rhs.details
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(region)
        hasher.combine(period)
        hasher.combine(value)
        hasher.combine(flag)
        hasher.combine(storedLine)
        hasher.combine(details)
    }
}

/// The parts of an observation that most rows leave empty or share with many rows of their file. Immutable, so
/// one instance can serve every row that has the same details; compared and hashed by value.
public final class ObservationDetails: Hashable, Sendable {
    public let note: Localized
    public let source: SourceReference?
    /// Dimension column → value; an absent or empty value means the total.
    public let dimensions: [String: String]
    public let acknowledged: Set<String>

    public init(
        note: Localized = Localized(), source: SourceReference? = nil, dimensions: [String: String] = [:],
        acknowledged: Set<String> = []
    ) {
        self.note = note
        self.source = source
        self.dimensions = dimensions
        self.acknowledged = acknowledged
    }

    /// Nothing to hold: an observation with these details stores none.
    public var isEmpty: Bool { note.values.isEmpty && source == nil && dimensions.isEmpty && acknowledged.isEmpty }

    public static func == (lhs: ObservationDetails, rhs: ObservationDetails) -> Bool {
        lhs === rhs
            || (lhs.note == rhs.note && lhs.source == rhs.source && lhs.dimensions == rhs.dimensions
                && lhs.acknowledged == rhs.acknowledged)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(note)
        hasher.combine(source)
        hasher.combine(dimensions)
        hasher.combine(acknowledged)
    }
}
