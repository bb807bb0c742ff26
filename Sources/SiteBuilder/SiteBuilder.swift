import ContentLoading
import Dispatch
import Foundation
import SiteModel
import SiteOutput
import SitePages

/// Runs the stages of a build in order — load content, load theme, plan, render and write, swap in —
/// and stops at the first stage that fails, leaving the previous site untouched.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site.
    ///
    /// - Parameter progress: called with (done, total) as files are written, from any thread.
    public func build(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(BuildFailure) -> BuildReport {
        let start = DispatchTime.now()
        let contentURL = URL(fileURLWithPath: options.contentDirectory)

        let loaded: LoadedContent
        do {
            loaded = try ContentLoader(contentDirectory: contentURL, displayPath: options.contentDirectory).load()
        } catch {
            throw .content(error)
        }

        let theme: Theme
        do {
            theme = try Theme.load(
                assets: options.assetsDirectory, overrides: options.contentDirectory,
                languages: loaded.site.settings.languages)
        } catch {
            throw .theme(error)
        }

        let context = SiteContext(site: loaded.site, theme: theme, settings: BuildSettings(baseURL: options.baseURL))
        let plan = SitePlan(context: context)

        let output: StagedOutput
        do {
            output = try StagedOutput(
                destination: URL(fileURLWithPath: options.outputDirectory), contentDirectory: contentURL)
        } catch {
            throw .output(error)
        }
        do throws(BuildFailure) {
            try render(plan, into: output, progress: progress)
            do { try output.commit() } catch { throw BuildFailure.output(error) }
        } catch {
            output.discard()
            throw error
        }

        var byKind: [PlannedFile.Kind: Int] = [:]
        for file in plan.files { byKind[file.kind, default: 0] += 1 }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return BuildReport(
            files: output.filesWritten, bytes: output.bytesWritten, filesByKind: byKind, warnings: loaded.warnings + theme.warnings,
            seconds: seconds)
    }

    /// Renders and writes every planned file, `parallelism` at a time; each file is written as soon as it
    /// is rendered, so memory holds a handful of pages, never the site.
    private func render(
        _ plan: SitePlan, into output: StagedOutput, progress: (@Sendable (Int, Int) -> Void)?
    ) throws(BuildFailure) {
        let files = plan.files
        let state = RenderState()
        let workers = min(options.parallelism, max(files.count, 1))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < files.count, !state.hasFailed {
                let file = files[index]
                do {
                    let bytes = try file.render()
                    try output.write(bytes, to: file.path)
                    let done = state.finishOne()
                    progress?(done, files.count)
                } catch let error as OutputError {
                    state.fail(.output(error), at: index)
                } catch {
                    state.fail(.render(path: file.path, message: "\(error)"), at: index)
                }
                index += workers
            }
        }
        if let failure = state.failure { throw failure }
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
