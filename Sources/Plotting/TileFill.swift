/// What colours a map region: a number on the sequential palette, or a status in words.
public enum TileFill: Sendable, Hashable {
    case value(Double)
    case met
    case notMet
    case noTarget
    case noData

    /// Non-finite numbers count as missing.
    var number: Double? {
        if case .value(let value) = self, value.isFinite { return value }
        return nil
    }

    var isNoData: Bool {
        if case .value(let value) = self { return !value.isFinite }
        return self == .noData
    }
}
