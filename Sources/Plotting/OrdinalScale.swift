/// Assigns outputs (usually colours) to categories in the order the categories are listed, cycling when
/// there are more categories than outputs, so the same inputs always get the same colours.
public struct OrdinalScale<Output: Sendable>: Sendable {
    public let keys: [String]
    public let outputs: [Output]

    public init(keys: [String], outputs: [Output]) {
        var seen = Set<String>()
        self.keys = keys.filter { seen.insert($0).inserted }
        self.outputs = outputs
    }

    /// The output for `key`, or nil for a key not in the scale or a scale with no outputs.
    public func callAsFunction(_ key: String) -> Output? {
        guard !outputs.isEmpty, let index = keys.firstIndex(of: key) else { return nil }
        return outputs[index % outputs.count]
    }
}
