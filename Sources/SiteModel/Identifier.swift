/// A typed identifier, so a region code can never be passed where an indicator id is expected.
///
/// Codes are kept as written: a region code `001` keeps its zeros.
public struct Identifier<Tag>: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum LanguageTag {}
public enum RegionTag {}
public enum TopicTag {}
public enum IndicatorTag {}
public enum SourceTag {}
public enum DocumentTag {}
public enum PageTag {}

/// A language of the site, as in `site.yml` and file names (`zh`, `en`).
public typealias LanguageCode = Identifier<LanguageTag>
public typealias RegionCode = Identifier<RegionTag>
public typealias TopicID = Identifier<TopicTag>
public typealias IndicatorID = Identifier<IndicatorTag>
public typealias SourceID = Identifier<SourceTag>
public typealias DocumentSlug = Identifier<DocumentTag>
public typealias PageSlug = Identifier<PageTag>
