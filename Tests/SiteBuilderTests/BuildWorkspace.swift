import Foundation
import SiteBuilder
import TestSupport

/// A temporary folder holding `content/` and the output `site/` of one test's builds.
struct BuildWorkspace {
    let root: URL

    /// Runs `body` with a new workspace, removed afterwards.
    static func with<T>(_ body: (BuildWorkspace) throws -> T) throws -> T {
        try withTemporaryDirectory { directory in
            try body(BuildWorkspace(root: directory.resolvingSymlinksInPath()))
        }
    }

    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("site") }

    /// Replaces `content/` with `fixture`.
    func write(_ fixture: ContentFixture) throws {
        try? FileManager.default.removeItem(at: content)
        try fixture.write(to: content)
    }

    func options(
        output: URL? = nil, assets: URL = PackagePaths.assets, baseURL: String? = nil, parallelism: Int = 2
    ) -> BuildOptions {
        BuildOptions(
            contentDirectory: content.path, outputDirectory: (output ?? self.output).path, assetsDirectory: assets.path,
            baseURL: baseURL, parallelism: parallelism)
    }

    /// Builds `content/` into `site/` (or `output`).
    @discardableResult
    func build(
        output: URL? = nil, assets: URL = PackagePaths.assets, baseURL: String? = nil, parallelism: Int = 2,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(BuildFailure) -> BuildReport {
        try SiteBuilder(options: options(output: output, assets: assets, baseURL: baseURL, parallelism: parallelism))
            .build(progress: progress)
    }

    /// Writes `fixture` and builds it, expecting a failure; nil (with an issue recorded by the caller) if it built.
    func failure(of fixture: ContentFixture, assets: URL = PackagePaths.assets) throws -> BuildFailure? {
        try write(fixture)
        do {
            try build(assets: assets)
            return nil
        } catch {
            return error
        }
    }

    /// The output folder's files, hidden ones included.
    func outputFiles(_ folder: URL? = nil) throws -> SiteFiles {
        try SiteFiles(readingFolder: folder ?? output)
    }

    /// Names in the workspace folder, hidden ones included: a staging folder left behind shows here.
    var entries: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }
}

/// The minimal fixture built once by `SiteBuilder` for the tests that only read the result.
struct BuiltSite: Sendable {
    let files: SiteFiles
    let report: BuildReport
    /// The temporary folder the site was built in (removed since), which must appear in no file.
    let buildFolder: String

    static func minimal() throws -> BuiltSite { try minimalResult.get() }
}

private let minimalResult: Result<BuiltSite, any Error> = Result {
    try BuildWorkspace.with { workspace in
        try workspace.write(.minimal())
        let report = try workspace.build()
        return BuiltSite(files: try workspace.outputFiles(), report: report, buildFolder: workspace.root.path)
    }
}

extension BuildFailure {
    /// The printed diagnostics of a content failure, empty for other stages.
    var contentMessages: [String] {
        if case .content(let problems) = self { return problems.errors.map(\.description) }
        return []
    }
}
