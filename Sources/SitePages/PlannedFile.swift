import Foundation

/// One file of the built site, not yet rendered: where it goes, what it is made from, how to make it.
///
/// The plan is cheap to make and holds no page text, so the builder can render files in parallel and write
/// each at once without holding the whole site in memory; `dependencies` lets a rebuild render only what a
/// changed input touches.
public struct PlannedFile: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case page, feed, download, chart, asset, meta
    }

    /// Writes the file into the empty file at `file`, a part at a time as it is made; `written` is the folder
    /// holding the files of the site written before it.
    public typealias Stream = @Sendable (_ file: URL, _ written: URL) throws -> Void

    /// Relative to the site root, `/`-separated.
    public let path: String
    public let kind: Kind
    /// Every input (content or theme file, or folder, by `InputName`) whose change, creation or deletion can
    /// change this file.
    ///
    /// Made when asked for, not with the plan: only a rebuild reads it, and held for every file of a national
    /// site (a region's profile names two series of every indicator) the lists took more memory than the data.
    public var dependencies: [String] { makeDependencies() }
    private let makeDependencies: @Sendable () -> [String]
    /// The file's bytes, in memory.
    public let render: @Sendable () throws -> [UInt8]
    /// For a file too large to hold whole (a national site's workbooks and downloads zip): the same bytes as
    /// `render`, written to disk as they are made. The builder writes a file through it when there is one;
    /// `render` serves a plan rendered in memory.
    public let stream: Stream?
    /// Whether the file is made of other files of the site as written (the downloads zip), read from `stream`'s
    /// `written` folder rather than rendered again. It may read downloads only (files of kind `download`): the
    /// builder writes it as soon as those are written (`SiteBuilder.render`).
    public let isMadeOfOthers: Bool

    public init(
        path: String, kind: Kind, dependencies: @autoclosure @escaping @Sendable () -> [String] = [],
        render: @escaping @Sendable () throws -> [UInt8]
    ) {
        self.init(path: path, kind: kind, dependencies: dependencies, render: render, stream: nil, madeOfOthers: false)
    }

    /// A file written to disk as it is made by `stream`, made in memory by `render`.
    public init(
        path: String, kind: Kind, dependencies: @autoclosure @escaping @Sendable () -> [String] = [],
        render: @escaping @Sendable () throws -> [UInt8],
        stream: @escaping @Sendable (_ file: URL) throws -> Void
    ) {
        self.init(
            path: path, kind: kind, dependencies: dependencies, render: render, stream: { file, _ in try stream(file) },
            madeOfOthers: false)
    }

    /// A file made of other files of the site as written, read from the folder `fromWritten` is given.
    public init(
        path: String, kind: Kind, dependencies: @autoclosure @escaping @Sendable () -> [String] = [],
        render: @escaping @Sendable () throws -> [UInt8],
        fromWritten: @escaping Stream
    ) {
        self.init(path: path, kind: kind, dependencies: dependencies, render: render, stream: fromWritten, madeOfOthers: true)
    }

    private init(
        path: String, kind: Kind, dependencies: @escaping @Sendable () -> [String], render: @escaping @Sendable () throws -> [UInt8],
        stream: Stream?, madeOfOthers: Bool
    ) {
        self.path = path
        self.kind = kind
        self.makeDependencies = dependencies
        self.render = render
        self.stream = stream
        self.isMadeOfOthers = madeOfOthers
    }

    public init(
        path: String, kind: Kind, dependencies: @autoclosure @escaping @Sendable () -> [String] = [],
        text: @escaping @Sendable () throws -> String
    ) {
        self.init(path: path, kind: kind, dependencies: dependencies()) { Array(try text().utf8) }
    }
}
