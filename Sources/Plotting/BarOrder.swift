/// Sort order of a bar chart: best first, so descending when higher is better and ascending when lower is.
public enum BarOrder: String, Sendable, Hashable {
    case descending
    case ascending
}
