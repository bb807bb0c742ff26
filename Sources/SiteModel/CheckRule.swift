/// The data-quality rules of `almanac check` (and of every build), by their stable code.
///
/// They live in the model, not with the checks, because content names them: a data row's `acknowledged`
/// column and a claim's `acknowledged=` parameter list the codes the publisher has explained, and the loader
/// refuses a code that does not exist, so a misspelt acknowledgement cannot silence nothing in silence.
public enum CheckRule: String, Sendable, Hashable, CaseIterable {
    case valueExceedsBound = "value.exceeds-bound"
    case citeValueNotInParagraph = "cite.value-not-in-paragraph"
    case citeUnitMismatch = "cite.unit-mismatch"
    case claimContradicted = "claim.contradicted"
    case claimUnverifiable = "claim.unverifiable"
    case seriesOutlier = "series.outlier"
    case seriesUnitSlip = "series.unit-slip"
    case targetStatusChanged = "target.status-changed"
    case headlineMissingTargetYear = "headline.missing-target-year"

    public var code: String { rawValue }
}

extension CheckRule {
    /// The message for an acknowledgement that names no rule, listing the codes there are.
    public static func unknownCodeMessage(_ code: String) -> String {
        "unknown check rule \(code.debugDescription) in acknowledged: use "
            + allCases.map(\.code).joined(separator: ", ")
    }
}
