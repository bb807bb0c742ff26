/// A labelled rule at a value, such as the home region's figure drawn across a comparison of its prefectures.
public struct ReferenceLine: Sendable, Hashable {
    public var value: Double
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}
