/// The observations of one data file, held as columns: a national site holds tens of millions, and as an array of
/// `Observation` (80 B each, a text for the value besides) 20 M of them would not fit in a gigabyte.
///
/// A row is 14 bytes: its region and period as positions in tables of the file's distinct ones, its value packed
/// into an integer and a decimals count (`PackedDecimal`), its flag in a byte, its line, and its details (note,
/// source, dimensions, acknowledged rules) as a position in the file's distinct details. Positions and lines take
/// 2 bytes and the value's digits 4 while every one of the file fits (`WideningColumn`); a file with more than
/// 65,536 regions, lines past 65,535 or a 10-digit figure widens that column alone, to 4 and 8 bytes (26 a row
/// at most). Reading a row builds the
/// `Observation` it was made from, so callers iterate, filter and index as they would an array; a loop that needs
/// one field of many rows reads it from its column (`region(at:)`, `value(at:)` …) without building the rest.
///
/// Rows are only appended (`Builder`), and the tables list regions, periods and details in order of first
/// appearance, so equal observations make equal columns: equality and hashing compare the columns, which is
/// equality of the observations, and data a reload took over shares its storage, so comparing it costs nothing.
public struct ObservationColumns: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private var regionTable: [RegionCode] = []
    private var periodTable: [Period] = []
    private var detailsTable: [ObservationDetails] = []
    /// Values `PackedDecimal` cannot hold, whole.
    private var overflowValues: [DecimalValue] = []

    private var regionColumn = WideningColumn<UInt16, UInt32>()
    private var periodColumn = WideningColumn<UInt16, UInt32>()
    private var magnitudeColumn = WideningColumn<UInt32, UInt64>()
    private var scaleColumn: [UInt8] = []
    /// 0 for none, else 1 + the position in `ObservationFlag.allCases`.
    private var flagColumn: [UInt8] = []
    /// The line's `Int32` bit pattern.
    private var lineColumn = WideningColumn<UInt16, UInt32>()
    /// 0 for none, else 1 + the position in `detailsTable`.
    private var detailsColumn = WideningColumn<UInt16, UInt32>()

    public init() {}

    public init(_ observations: some Sequence<Observation>) {
        var builder = Builder()
        for observation in observations { builder.append(observation) }
        self = builder.columns
    }

    public init(arrayLiteral observations: Observation...) {
        self.init(observations)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { scaleColumn.count }

    public subscript(position: Int) -> Observation {
        Observation(
            region: region(at: position), period: period(at: position), value: value(at: position),
            flag: flag(at: position), nonEmptyDetails: details(at: position), storedLine: storedLine(at: position))
    }

    public func region(at position: Int) -> RegionCode { regionTable[Int(regionColumn[position])] }

    public func period(at position: Int) -> Period { periodTable[Int(periodColumn[position])] }

    /// The file's distinct regions, in order of first appearance: `region(at: i)` is
    /// `distinctRegions[regionPosition(at: i)]`, so a loop over many rows can map each region once.
    public var distinctRegions: [RegionCode] { regionTable }

    public func regionPosition(at position: Int) -> Int { Int(regionColumn[position]) }

    /// The file's distinct periods, in order of first appearance: `period(at: i)` is
    /// `distinctPeriods[periodPosition(at: i)]`.
    public var distinctPeriods: [Period] { periodTable }

    public func periodPosition(at position: Int) -> Int { Int(periodColumn[position]) }

    public func value(at position: Int) -> DecimalValue? {
        switch scaleColumn[position] {
        case PackedDecimal.none: nil
        case PackedDecimal.overflow: overflowValues[Int(magnitudeColumn[position])]
        case let scale: PackedDecimal(magnitude: magnitudeColumn[position], scale: scale).value
        }
    }

    /// Whether the row has a value, without rebuilding it.
    public func hasValue(at position: Int) -> Bool { scaleColumn[position] != PackedDecimal.none }

    /// The value's number, without rebuilding its text.
    public func doubleValue(at position: Int) -> Double? {
        switch scaleColumn[position] {
        case PackedDecimal.none: nil
        case PackedDecimal.overflow: overflowValues[Int(magnitudeColumn[position])].doubleValue
        case let scale: PackedDecimal(magnitude: magnitudeColumn[position], scale: scale).doubleValue
        }
    }

    public func flag(at position: Int) -> ObservationFlag? {
        let code = Int(flagColumn[position])
        return code == 0 ? nil : ObservationFlag.allCases[code - 1]
    }

    public func line(at position: Int) -> Int { Int(storedLine(at: position)) }

    private func storedLine(at position: Int) -> Int32 { Int32(bitPattern: lineColumn[position]) }

    /// The row's details, shared with every row of the file that has the same ones; nil where all are empty.
    public func details(at position: Int) -> ObservationDetails? {
        let code = Int(detailsColumn[position])
        return code == 0 ? nil : detailsTable[code - 1]
    }

    /// 0 where the row has no details, else 1 + the position of its details in `distinctDetails`: a loop over many
    /// rows can read each distinct details once (their dimensions, say) instead of once per row.
    public func detailsPosition(at position: Int) -> Int { Int(detailsColumn[position]) }

    /// Every distinct details of the rows (those not all empty), in order of first appearance: what the rows cite
    /// (sources, anchors) in the order the rows first cite it, without reading every row.
    public var distinctDetails: [ObservationDetails] { detailsTable }

    /// Bytes the rows and tables take (arrays at their capacity; the texts of regions, periods and details, which
    /// are shared with the rest of the model or few, not counted): what the model costs per observation.
    public var storageBytes: Int {
        func bytes<Element>(_ array: [Element]) -> Int { array.capacity * MemoryLayout<Element>.stride }
        return bytes(regionTable) + bytes(periodTable) + bytes(detailsTable) + bytes(overflowValues)
            + regionColumn.storageBytes + periodColumn.storageBytes + magnitudeColumn.storageBytes
            + bytes(scaleColumn) + bytes(flagColumn) + lineColumn.storageBytes + detailsColumn.storageBytes
    }

    /// Appends rows, giving each region, period and details its position in the tables on first appearance.
    public struct Builder: Sendable {
        public private(set) var columns = ObservationColumns()
        private var distinctRegions = DistinctValues<RegionCode>()
        private var distinctPeriods = DistinctValues<Period>()
        private var distinctDetails = DistinctValues<ObservationDetails>()

        public init(capacity: Int = 0) {
            columns.regionColumn.reserveCapacity(capacity)
            columns.periodColumn.reserveCapacity(capacity)
            columns.magnitudeColumn.reserveCapacity(capacity)
            columns.scaleColumn.reserveCapacity(capacity)
            columns.flagColumn.reserveCapacity(capacity)
            columns.lineColumn.reserveCapacity(capacity)
            columns.detailsColumn.reserveCapacity(capacity)
        }

        public mutating func append(_ observation: Observation) {
            append(
                region: observation.region, period: observation.period, value: observation.value,
                flag: observation.flag, details: observation.details, line: observation.line)
        }

        /// Empty details are stored as none, as `Observation` does.
        public mutating func append(
            region: RegionCode, period: Period, value: DecimalValue?, flag: ObservationFlag?,
            details: ObservationDetails?, line: Int
        ) {
            let regionPosition = distinctRegions.position(of: region, in: &columns.regionTable)
            columns.regionColumn.append(regionPosition)
            let periodPosition = distinctPeriods.position(of: period, in: &columns.periodTable)
            columns.periodColumn.append(periodPosition)
            if let value {
                if let packed = PackedDecimal(value) {
                    columns.magnitudeColumn.append(packed.magnitude)
                    columns.scaleColumn.append(packed.scale)
                } else {
                    columns.magnitudeColumn.append(UInt64(columns.overflowValues.count))
                    columns.scaleColumn.append(PackedDecimal.overflow)
                    columns.overflowValues.append(value)
                }
            } else {
                columns.magnitudeColumn.append(0)
                columns.scaleColumn.append(PackedDecimal.none)
            }
            columns.flagColumn.append(flag.map { code(of: $0) } ?? 0)
            columns.lineColumn.append(UInt32(bitPattern: Int32(clamping: line)))
            // 1 + the details' position in their table; 0 for none.
            var detailsPosition: UInt32 = 0
            if let rowDetails = details, !rowDetails.isEmpty {
                detailsPosition = distinctDetails.position(of: rowDetails, in: &columns.detailsTable) + 1
            }
            columns.detailsColumn.append(detailsPosition)
        }

        private func code(of flag: ObservationFlag) -> UInt8 {
            UInt8((ObservationFlag.allCases.firstIndex(of: flag) ?? 0) + 1)
        }
    }
}
