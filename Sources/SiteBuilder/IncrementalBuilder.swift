import Dispatch
import Foundation
import SiteModel
import SiteOutput
import SitePages

/// Keeps a built site up to date as its inputs change: each rebuild reloads the content or the theme (whichever
/// changed), plans again, and re-renders only the files whose dependencies name a changed input, plus the files
/// the change adds; files it removes are deleted. Each file is replaced in place by a rename, so a preview server
/// can serve the folder throughout.
///
/// The result is byte for byte what a full build of the changed inputs makes, as long as every changed input is
/// reported (`IncrementalBuildTests`). Rebuilds run one at a time.
public final class IncrementalBuilder: @unchecked Sendable {
    public let options: BuildOptions
    /// The full build the builder started with; nil when it adopted a site built before.
    public let initialBuild: BuildReport?
    private let builder: SiteBuilder
    private let output: SiteFolderUpdate
    /// What each load and plan keeps for the next (`RebuildCache`).
    private let cache: RebuildCache
    private let lock = NSLock()
    private var planned: PlannedSite
    /// The files of the site as last planned, by path, for the inputs each was made from (made when asked for:
    /// held as lists for every file, they took more memory than a national site's data).
    private var dependencies: [String: PlannedFile]
    /// Inputs changed since the last successful rebuild: a failed one leaves them to the next.
    private var pending: Set<String> = []
    /// Files a rebuild left for `renderDeferred`, by path: rendered by the next rebuild if that comes first.
    private var deferred: [String: PlannedFile] = [:]

    /// Builds the site in full, as `almanac build` does, and keeps what it was made from.
    public init(
        options: BuildOptions, progress: (@Sendable (Int, Int) -> Void)? = nil, notice: ((String) -> Void)? = nil
    ) throws(BuildFailure) {
        self.options = options
        builder = SiteBuilder(options: options)
        let cache = RebuildCache()
        self.cache = cache
        let (report, planned) = try builder.buildKeepingPlan(progress: progress, notice: notice, cache: cache)
        initialBuild = report
        self.planned = planned
        dependencies = Self.dependenciesByPath(planned.plan)
        do { output = try SiteFolderUpdate(folder: URL(fileURLWithPath: options.outputDirectory)) } catch {
            throw .output(error)
        }
    }

    /// Takes over a site that a full build of the same inputs already wrote to the output folder, writing
    /// nothing: for a server restarted on an unchanged site. Its files are trusted to match the inputs.
    public init(adopting options: BuildOptions) throws(BuildFailure) {
        self.options = options
        builder = SiteBuilder(options: options)
        do { output = try SiteFolderUpdate(folder: URL(fileURLWithPath: options.outputDirectory)) } catch {
            throw .output(error)
        }
        let cache = RebuildCache()
        self.cache = cache
        planned = try builder.plan(baseURL: try builder.checkedBaseURL(), cache: cache)
        initialBuild = nil
        dependencies = Self.dependenciesByPath(planned.plan)
    }

    /// Brings the site up to date with `changed` inputs, named as dependencies name them (`InputName`: a changed
    /// `content/templates/x.mustache` is `theme:templates/x.mustache`).
    ///
    /// On a failure the site keeps what was written so far and the builder the inputs, so that the next rebuild
    /// (after the content is mended) renders everything the failed one should have.
    ///
    /// - Parameter isDeferred: files to leave out of this rebuild, for `renderDeferred` to write afterwards: a
    ///   preview server reloads the pages first and writes the slow whole-site downloads after.
    public func rebuild(
        changed: Set<String>, deferring isDeferred: (PlannedFile) -> Bool = { _ in false }
    ) throws(BuildFailure) -> RebuildReport {
        lock.lock()
        defer { lock.unlock() }
        let start = DispatchTime.now()
        pending.formUnion(changed)
        let inputs = pending

        // The theme is loaded for the site's languages; content outside the theme does not change it otherwise.
        let themeChanged = inputs.contains { $0.hasPrefix(InputName.themePrefix) || $0 == "site.yml" }
        let contentChanged = inputs.contains { !$0.hasPrefix(InputName.themePrefix) }
        let next = try builder.plan(
            baseURL: try builder.checkedBaseURL(),
            reusing: (contentChanged ? nil : planned.loaded, themeChanged ? nil : planned.theme), cache: cache)
        let plannedAt = DispatchTime.now()

        let narrowed = Self.changedParts(inputs, from: planned.loaded.site, to: next.loaded.site)
        /// Whether a changed input reaches `dependency`; a part of a data file only where it changed.
        @Sendable func reaches(_ dependency: String) -> Bool {
            inputs.contains { input in
                guard InputName.dependency(dependency, names: input) else { return false }
                guard let part = InputName.split(dependency).part, let parts = narrowed[input] else { return true }
                return parts.contains(String(part))
            }
        }
        // Every file's dependency list is made here, old and new (they are not held: see `dependencies`), which at
        // a million observations is a third of a rebuild's serial time; the files are split over the cores.
        let (files, lastDeferred, lastPlanned) = (next.plan.files, deferred, dependencies)
        let stride = max(1, files.count / 64 + 1)
        let reached = inParallel(Array(Swift.stride(from: 0, to: files.count, by: stride))) { start in
            files[start..<min(start + stride, files.count)].filter { file in
                guard lastDeferred[file.path] == nil, let before = lastPlanned[file.path] else { return true }
                return file.dependencies.contains(where: reaches) || before.dependencies.contains(where: reaches)
            }
        }.flatMap { $0 }
        // A file made of others' written files (the downloads zip) waits for any that are deferred.
        let defersAny = reached.contains(where: isDeferred)
        func waits(_ file: PlannedFile) -> Bool { isDeferred(file) || defersAny && file.isMadeOfOthers }
        let affected = reached.filter { !waits($0) }
        let postponed = reached.filter(waits)
        let kept = Set(next.plan.files.map(\.path))
        let removed = dependencies.keys.filter { !kept.contains($0) }.sorted()

        let output = self.output
        try builder.render(affected, progress: nil, reading: output.folder, into: output)
        for path in removed {
            do { try output.remove(path) } catch { throw .output(error) }
        }

        self.planned = next
        dependencies = Self.dependenciesByPath(next.plan)
        pending = []
        deferred = Dictionary(postponed.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let end = DispatchTime.now()
        return RebuildReport(
            rewritten: affected.map(\.path), deferred: postponed.map(\.path), removed: removed,
            reloadedContent: contentChanged,
            reloadedTheme: themeChanged, planSeconds: Self.seconds(start, plannedAt), seconds: Self.seconds(start, end),
            warnings: next.loaded.warnings)
    }

    /// Renders and writes the files the last rebuild deferred that `include` accepts, and keeps the others for a
    /// later call; returns the paths written. A preview server writes the pages no one has open first, then the
    /// slow whole-site downloads.
    ///
    /// A file made of others' written files (the downloads zip) is written only once none of those is still
    /// deferred, so it never holds an old copy.
    public func renderDeferred(where include: (PlannedFile) -> Bool = { _ in true }) throws(BuildFailure) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let chosen = deferred.values.filter(include)
        let othersRemain = chosen.count < deferred.count
        let files = chosen.filter { !(othersRemain && $0.isMadeOfOthers) }.sorted { $0.path < $1.path }
        let output = self.output
        try builder.render(files, progress: nil, reading: output.folder, into: output)
        for file in files { deferred[file.path] = nil }
        return files.map(\.path)
    }

    /// For each changed data file whose old and new headline rows can be compared, the parts that changed.
    private static func changedParts(_ inputs: Set<String>, from old: Site, to new: Site) -> [String: Set<String>] {
        var narrowed: [String: Set<String>] = [:]
        for input in inputs where input.hasPrefix("data/") && input.hasSuffix(".csv") {
            let id = IndicatorID(String(input.dropFirst("data/".count).dropLast(".csv".count)))
            narrowed[input] = HeadlineChanges.parts(of: id, from: old, to: new)
        }
        return narrowed
    }

    private static func dependenciesByPath(_ plan: SitePlan) -> [String: PlannedFile] {
        Dictionary(plan.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func seconds(_ from: DispatchTime, _ to: DispatchTime) -> Double {
        Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9
    }
}

/// What a rebuild did, for a server's log line and for tests.
public struct RebuildReport: Sendable {
    /// Files rendered and written again (new ones included), in plan order.
    public var rewritten: [String]
    /// Files affected but left for `renderDeferred`.
    public var deferred: [String]
    public var removed: [String]
    public var reloadedContent: Bool
    public var reloadedTheme: Bool
    /// Loading and planning, the part that does not depend on how many files are affected.
    public var planSeconds: Double
    public var seconds: Double
    public var warnings: [Diagnostic]
}
