/// One file of the built site, not yet rendered: where it goes, what it is made from, how to make it.
///
/// The plan is cheap to make and holds no page text, so the builder can render files in parallel and write
/// each at once without holding the whole site in memory; `dependencies` lets a rebuild render only what a
/// changed input touches.
public struct PlannedFile: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case page, feed, download, chart, asset, meta
    }

    /// Relative to the site root, `/`-separated.
    public let path: String
    public let kind: Kind
    /// Every input (content or theme file, or folder, by `InputName`) whose change, creation or deletion can
    /// change this file.
    public let dependencies: [String]
    public let render: @Sendable () throws -> [UInt8]
    /// For a file made of other files of the site (the downloads zip): makes it from those files as written,
    /// read by path through `read`, rather than rendering them again. It may read downloads only (files of kind
    /// `download`): the builder renders it as soon as those are written (`SiteBuilder.render`); `render` still
    /// makes it alone, for a plan rendered in memory.
    public let renderFromWritten: (@Sendable (_ read: (String) throws -> [UInt8]) throws -> [UInt8])?

    public init(
        path: String, kind: Kind, dependencies: [String] = [], render: @escaping @Sendable () throws -> [UInt8],
        fromWritten: (@Sendable (_ read: (String) throws -> [UInt8]) throws -> [UInt8])? = nil
    ) {
        self.path = path
        self.kind = kind
        self.dependencies = dependencies
        self.render = render
        self.renderFromWritten = fromWritten
    }

    public init(path: String, kind: Kind, dependencies: [String] = [], text: @escaping @Sendable () throws -> String) {
        self.init(path: path, kind: kind, dependencies: dependencies) { Array(try text().utf8) }
    }
}
