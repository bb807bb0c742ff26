/// The files a reference manager imports, offered beside the "cite this" block of an indicator page.
public enum CitationFormat: String, Hashable, Sendable, CaseIterable {
    case bibTeX
    case cslJSON

    public var fileExtension: String {
        switch self {
        case .bibTeX: "bib"
        case .cslJSON: "json"
        }
    }
}
