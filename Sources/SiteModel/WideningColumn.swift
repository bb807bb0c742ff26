/// A column of unsigned whole numbers held in `Narrow` while every one of them fits, and in `Wide` from the first
/// that does not on: a data file rarely has 65,536 regions, periods or combinations of details, or a value whose
/// digits pass 2³², so most columns of `ObservationColumns` take half the bytes, and a file that needs more still
/// loads exactly.
///
/// The same numbers appended in the same order always give the same storage, so equality and hashing of the
/// stored arrays are equality of the numbers.
struct WideningColumn<Narrow, Wide>: Hashable, Sendable
where
    Narrow: FixedWidthInteger & UnsignedInteger & Sendable, Wide: FixedWidthInteger & UnsignedInteger & Sendable
{
    private var narrow: [Narrow] = []
    /// Every number, once one did not fit `Narrow`; empty until then.
    private var wide: [Wide] = []
    private(set) var isWide = false

    init() {}

    var count: Int { isWide ? wide.count : narrow.count }

    subscript(position: Int) -> Wide {
        isWide ? wide[position] : Wide(truncatingIfNeeded: narrow[position])
    }

    mutating func append(_ number: Wide) {
        if isWide {
            wide.append(number)
        } else if let fitting = Narrow(exactly: number) {
            narrow.append(fitting)
        } else {
            var widened: [Wide] = []
            widened.reserveCapacity(Swift.max(narrow.capacity, narrow.count + 1))
            widened.append(contentsOf: narrow.lazy.map { Wide(truncatingIfNeeded: $0) })
            widened.append(number)
            wide = widened
            narrow = []
            isWide = true
        }
    }

    mutating func reserveCapacity(_ capacity: Int) {
        if isWide { wide.reserveCapacity(capacity) } else { narrow.reserveCapacity(capacity) }
    }

    /// Bytes of the stored numbers, at the array's capacity.
    var storageBytes: Int {
        narrow.capacity * MemoryLayout<Narrow>.stride + wide.capacity * MemoryLayout<Wide>.stride
    }
}
