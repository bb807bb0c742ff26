/// A Markdown link to an object of the site (`[text](indicator:maternal-mortality-ratio)`), parsed once when
/// the content is loaded; pages only turn it into a relative address.
public struct SiteLink: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case indicator(IndicatorID)
        case region(RegionCode)
        case document(DocumentSlug)
        case page(PageSlug)
    }

    public var target: Target
    /// An anchor on the target's page, without `#` (`p2`), where the link names one.
    public var fragment: String?

    public init(target: Target, fragment: String? = nil) {
        self.target = target
        self.fragment = fragment
    }
}
