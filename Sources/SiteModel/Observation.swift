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
public struct Observation: Hashable, Sendable {
    public var region: RegionCode
    public var period: Period
    /// Nil when the value is not available (then `flag` says why, usually `M`).
    public var value: DecimalValue?
    public var flag: ObservationFlag?
    public var note: Localized
    public var source: SourceReference?
    /// Dimension column → value; an absent or empty value means the total.
    public var dimensions: [String: String]
    /// The line of the data file, so later checks can point at the row.
    public var line: Int
    /// Check rule codes the publisher has explained on this row (the `acknowledged` column): their warnings
    /// about the row are printed as `info`.
    public var acknowledged: Set<String>

    public init(
        region: RegionCode, period: Period, value: DecimalValue?, flag: ObservationFlag? = nil,
        note: Localized = Localized(), source: SourceReference? = nil, dimensions: [String: String] = [:],
        line: Int = 0, acknowledged: Set<String> = []
    ) {
        self.region = region
        self.period = period
        self.value = value
        self.flag = flag
        self.note = note
        self.source = source
        self.dimensions = dimensions
        self.line = line
        self.acknowledged = acknowledged
    }
}
