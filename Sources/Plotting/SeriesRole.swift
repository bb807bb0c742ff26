/// How prominent a series or bar is: the home region stands out, comparators get their own colours, the rest
/// are grey context.
public enum SeriesRole: String, Sendable, Hashable, CaseIterable {
    case primary
    case comparator
    case context

    /// Drawing order: context first, so highlighted marks lie on top.
    var layer: Int {
        switch self {
        case .context: 0
        case .comparator: 1
        case .primary: 2
        }
    }
}
