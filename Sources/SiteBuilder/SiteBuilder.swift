import ContentLoading
import Dispatch
import Foundation
import SiteModel
import SiteOutput
import SitePages

/// Runs the stages of a build in order — prepare the output, load content, load theme, plan, render and write,
/// swap in — and stops at the first stage that fails, leaving the previous site untouched.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site.
    ///
    /// The output is prepared first, before anything can fail: a previous site that a stopped build left aside is
    /// put back, so whatever happens next, the output folder holds a whole site.
    ///
    /// - Parameters:
    ///   - progress: called with (done, total) as files are written, from any thread.
    ///   - notice: called with what the person running the build should know although nothing failed (a previous
    ///     site put back, a leftover folder that could not be removed), as soon as it happens.
    public func build(
        progress: (@Sendable (Int, Int) -> Void)? = nil, notice: ((String) -> Void)? = nil
    ) throws(BuildFailure) -> BuildReport {
        try buildKeepingPlan(progress: progress, notice: notice).report
    }

    /// `build`, also returning what it built from, so an `IncrementalBuilder` can go on from there.
    func buildKeepingPlan(
        progress: (@Sendable (Int, Int) -> Void)? = nil, notice: ((String) -> Void)? = nil, cache: RebuildCache? = nil
    ) throws(BuildFailure) -> (report: BuildReport, planned: PlannedSite) {
        let start = DispatchTime.now()
        let baseURL = try checkedBaseURL()
        let contentURL = URL(fileURLWithPath: options.contentDirectory)

        let output: StagedOutput
        do {
            output = try StagedOutput(
                destination: URL(fileURLWithPath: options.outputDirectory), contentDirectory: contentURL,
                assetsDirectory: URL(fileURLWithPath: options.assetsDirectory))
        } catch {
            throw .output(error)
        }
        let preparationNotices = output.notices
        preparationNotices.forEach { notice?($0) }

        let planned: PlannedSite
        do throws(BuildFailure) {
            planned = try plan(baseURL: baseURL, cache: cache)
            try render(planned.plan, into: output, progress: progress)
            do { try output.commit() } catch { throw BuildFailure.output(error) }
        } catch {
            output.discard()
            throw error
        }
        output.notices.dropFirst(preparationNotices.count).forEach { notice?($0) }

        var byKind: [PlannedFile.Kind: Int] = [:]
        for file in planned.plan.files { byKind[file.kind, default: 0] += 1 }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let report = BuildReport(
            files: output.filesWritten, bytes: output.bytesWritten, filesByKind: byKind,
            warnings: planned.loaded.warnings + planned.theme.warnings, seconds: seconds,
            fallbacks: BuildReport.fallbacks(planned.loaded.site.translationGaps))
        return (report, planned)
    }

    /// Where the previous site is after a failed build when the output folder is missing, else nil: the closing
    /// line then says so instead of claiming the output was left as it was.
    public func previousSiteAside() -> String? {
        StagedOutput.previousSiteAside(of: URL(fileURLWithPath: options.outputDirectory))
    }

    /// Renders and writes every planned file, `parallelism` at a time; each file is written as soon as it
    /// is rendered, so memory holds a handful of pages, never the site. Each worker takes the next file not yet
    /// taken, costliest first (`RenderOrder`), so the workers finish together however uneven the files are.
    private func render(
        _ plan: SitePlan, into output: StagedOutput, progress: (@Sendable (Int, Int) -> Void)?
    ) throws(BuildFailure) {
        try render(plan.files, progress: progress, reading: output.stagingDirectory, into: output)
    }

    /// Renders `files`, `parallelism` at a time, writing each into `output` as soon as it is rendered. A file made
    /// of other files (`PlannedFile.isMadeOfOthers`: the downloads zip) reads downloads only, from `folder`, where
    /// `output` put them (or a build before it, for those not among `files`): it is taken by the first worker free
    /// once every download among `files` is written, while the others go on with pages — at the end, after every
    /// other file, it kept one core busy and left the others idle.
    func render(
        _ files: [PlannedFile], progress: (@Sendable (Int, Int) -> Void)?, reading folder: URL,
        into output: some SiteWriting
    ) throws(BuildFailure) {
        let state = RenderState()
        let queue = RenderQueue(files)
        let workers = min(options.parallelism, max(files.count, 1))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while !state.hasFailed, let index = queue.next() {
                let file = files[index]
                do {
                    try Self.write(file, into: output, reading: folder)
                    let done = state.finishOne()
                    queue.finished(index)
                    progress?(done, files.count)
                } catch let error as OutputError {
                    state.fail(.output(error), at: index)
                    queue.abandon()
                } catch {
                    state.fail(.render(path: file.path, message: "\(error)"), at: index)
                    queue.abandon()
                }
            }
        }
        if let failure = state.failure { throw failure }
    }

    /// Writes one planned file: streamed to disk as it is made when it can be (`PlannedFile.stream`), else
    /// rendered whole and written. The one place a build or a rebuild writes a file.
    static func write(_ file: PlannedFile, into output: some SiteWriting, reading folder: URL) throws {
        if let stream = file.stream {
            try output.write(to: file.path) { try stream($0, folder) }
        } else {
            try output.write(try file.render(), to: file.path)
        }
    }
}

/// The files of a render in the order the workers take them: those made on their own costliest first
/// (`RenderOrder`), and those made of the downloads (`PlannedFile.isMadeOfOthers`) as soon as every download
/// among them is written. A worker with nothing else left waits for those downloads.
final class RenderQueue: @unchecked Sendable {
    private let condition = NSCondition()
    /// Indices of the files made on their own, costliest first.
    private let order: [Int]
    private var taken = 0
    /// Indices of the files made of the downloads, in plan order, not yet taken.
    private var waiting: [Int]
    private let isDownload: [Bool]
    private var downloadsLeft: Int
    private var abandoned = false

    init(_ files: [PlannedFile]) {
        let own = files.indices.filter { !files[$0].isMadeOfOthers }
        order = RenderOrder.indices(of: own.map { files[$0] }).map { own[$0] }
        waiting = files.indices.filter { files[$0].isMadeOfOthers }
        isDownload = files.map { !$0.isMadeOfOthers && $0.kind == .download }
        downloadsLeft = isDownload.filter { $0 }.count
    }

    /// The index of the next file to render; nil when every file is taken or the render was abandoned.
    func next() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if abandoned { return nil }
            if downloadsLeft == 0, !waiting.isEmpty { return waiting.removeFirst() }
            if taken < order.count {
                taken += 1
                return order[taken - 1]
            }
            // Only files waiting for downloads are left, and another worker is rendering one of those.
            if waiting.isEmpty { return nil }
            condition.wait()
        }
    }

    /// The file at `index` is written: if it was the last download, the files made of them may start.
    func finished(_ index: Int) {
        guard isDownload[index] else { return }
        condition.lock()
        downloadsLeft -= 1
        if downloadsLeft == 0 { condition.broadcast() }
        condition.unlock()
    }

    /// A file failed: no worker takes another, and none waits.
    func abandon() {
        condition.lock()
        abandoned = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Shared progress and the failure to report: of those found before the workers stop, the earliest in plan order.
private final class RenderState: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var firstFailure: (index: Int, failure: BuildFailure)?

    var hasFailed: Bool { lock.withLock { firstFailure != nil } }
    var failure: BuildFailure? { lock.withLock { firstFailure?.failure } }

    func finishOne() -> Int {
        lock.withLock {
            done += 1
            return done
        }
    }

    func fail(_ failure: BuildFailure, at index: Int) {
        lock.withLock {
            if firstFailure == nil || index < firstFailure!.index { firstFailure = (index, failure) }
        }
    }
}

extension SiteBuilder {
    /// `--base-url`, checked as `site.yml`'s `base_url` is: it reaches canonical links, feeds, the sitemap and
    /// `robots.txt`, so a bad one stops the build before anything is read or written.
    func checkedBaseURL() throws(BuildFailure) -> WebAddress? {
        guard let text = options.baseURL else { return nil }
        switch WebAddress.check(text, as: .base) {
        case .success(let address): return address.asBase
        // debugDescription quotes the value and writes control characters as escapes, harmless on a terminal.
        case .failure(let problem):
            throw .option(name: "--base-url", message: "bad address \(text.debugDescription): \(problem.reason)")
        }
    }
}
