import FlyingFox
import FlyingSocks
import Foundation
import SiteBuilder
import SiteModel
import SitePages

/// `almanac serve`: builds the site into a private folder, serves it over HTTP, and rebuilds what a change of the
/// content or the theme affects, telling open pages to reload.
///
/// A build that fails does not stop it: the site keeps its last good files, and every page shows the problems
/// (`BuildProblems`) until a change mends them. The site folder is the server's own, in the system's temporary
/// folder, removed on `stop`; the content folder's `site/` is never touched.
public final class PreviewServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var contentDirectory: String
        public var assetsDirectory: String
        public var address: ServerAddress
        /// How long the folders must stay quiet before a burst of changes is rebuilt.
        public var quietPeriod: Double = 0.02
        /// Poll instead of using inotify (tests of the fallback; file systems where inotify misses changes).
        public var forcePolling = false
        public var parallelism = ProcessInfo.processInfo.activeProcessorCount

        public init(contentDirectory: String, assetsDirectory: String, address: ServerAddress) {
            self.contentDirectory = contentDirectory
            self.assetsDirectory = assetsDirectory
            self.address = address
        }
    }

    /// What happened after a change, for the terminal and tests.
    public enum Outcome: Sendable {
        /// A full build: the first, or the next after a first that failed.
        case built(BuildReport?)
        case rebuilt(RebuildReport, changed: Set<String>)
        case failed(BuildFailure, changed: Set<String>)
        /// The files a rebuild left until the open pages had reloaded (every other page, chart and download,
        /// the whole-site downloads last), written after the reload.
        case restWritten([String], seconds: Double)
    }

    /// The downloads of every observation (`all.csv`, its workbook, and the zip of every download): a million
    /// rows at national scale, seconds to write, and never what a person editing looks at first. Rebuilds write
    /// them after the reload.
    public static let deferredDownloads: Set<String> = [
        Route.download("all.csv").path, Route.download(DownloadTable.workbookName(of: "all.csv")).path,
        Route.download(DownloadTable.archiveFile).path,
    ]

    public let options: Options
    /// The folder the site is built into and served from.
    public let siteFolder: URL
    private let scratchFolder: URL
    private let events = ReloadEvents()
    private let pending = PendingFiles()
    private let lock = NSLock()
    private let removal = NSLock()
    private var builder: IncrementalBuilder?
    private var problems: BuildProblems?
    private var generation = 0
    private var server: HTTPServer?
    private var serverTask: Task<Void, any Error>?
    private var watcher: FolderWatcher?
    private var keepAlive: Task<Void, Never>?
    private let report: @Sendable (Outcome) -> Void

    /// - Parameter report: called after the first build and after each rebuild, on the watcher's thread.
    public init(options: Options, report: @escaping @Sendable (Outcome) -> Void = { _ in }) throws(ServeError) {
        self.options = options
        self.report = report
        do {
            scratchFolder = FileManager.default.temporaryDirectory
                .appendingPathComponent("almanac-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: scratchFolder, withIntermediateDirectories: true)
        } catch {
            throw .noTemporaryFolder("\(error)")
        }
        siteFolder = scratchFolder.appendingPathComponent("site")
    }

    var buildOptions: BuildOptions {
        BuildOptions(
            contentDirectory: options.contentDirectory, outputDirectory: siteFolder.path,
            assetsDirectory: options.assetsDirectory, parallelism: options.parallelism)
    }

    /// The site files the pages open in a browser show, as the reload script names them.
    var openPages: Set<String> { events.openPages }

    /// The site's current generation and problems, as the pages are served.
    public var state: (generation: Int, problems: BuildProblems?) {
        lock.withLock { (generation, problems) }
    }

    /// Builds the whole site once; a failure is kept for the overlay, not thrown.
    public func buildFirst() {
        do {
            let builder = try IncrementalBuilder(options: buildOptions)
            lock.withLock { self.builder = builder }
            report(.built(builder.initialBuild))
        } catch {
            lock.withLock { problems = BuildProblems(error) }
            report(.failed(error, changed: []))
        }
    }

    /// Starts listening; returns the port (the one chosen by the system for port 0).
    public func listen() async throws(ServeError) -> UInt16 {
        let address = try options.address.socketAddress()
        let server = HTTPServer(
            address: address, timeout: 30, logger: .disabled,
            handler: ClosureHTTPHandler { [weak self] request in
                guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
                return await self.respond(to: request)
            })
        let failure = RunFailure()
        let task = Task {
            do { try await server.run() } catch {
                failure.record(error)
                throw error
            }
        }
        let host = options.address.host
        let port = options.address.port
        // Either the socket listens, or `run` fails (a port in use fails at once).
        for _ in 0..<500 {
            let listening = await server.isListening
            if listening {
                lock.withLock {
                    self.server = server
                    serverTask = task
                }
                startKeepAlive()
                let bound = await server.listeningAddress
                switch bound {
                case .ip4(_, let actual), .ip6(_, let actual): return actual
                default: return port
                }
            }
            if let error = failure.error {
                if case SocketError.failed(_, let code, let message) = error {
                    if code == EADDRINUSE { throw .portInUse(host: host, port: port) }
                    throw .cannotListen(host: host, port: port, reason: message)
                }
                throw .cannotListen(host: host, port: port, reason: "\(error)")
            }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        task.cancel()
        throw .cannotListen(host: host, port: port, reason: "the server did not start listening")
    }

    /// The error the server's run ended with, read while waiting for it to listen.
    private final class RunFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (any Error)?
        var error: (any Error)? { lock.withLock { stored } }
        func record(_ error: any Error) { lock.withLock { stored = error } }
    }

    /// Starts watching the content and theme folders; returns how they are watched.
    @discardableResult
    public func watch() -> String {
        let content = URL(fileURLWithPath: options.contentDirectory).standardizedFileURL.resolvingSymlinksInPath()
        let assets = URL(fileURLWithPath: options.assetsDirectory).standardizedFileURL.resolvingSymlinksInPath()
        let names = ChangedInputs(content: content.path, assets: assets.path)
        let watcher = FolderWatcher(roots: [content, assets], quietPeriod: options.quietPeriod) { [weak self] paths in
            let changed = names.names(paths)
            guard !changed.isEmpty else { return }
            self?.rebuild(changed: changed)
        }
        lock.withLock { self.watcher = watcher }
        return watcher.start(forcePolling: options.forcePolling)
    }

    /// Brings the site up to date with `changed` inputs and tells the pages; a first build that failed is tried
    /// again in full.
    ///
    /// The pages open in a browser are written first (with the theme's own files), then the open pages reload,
    /// then the rest is written: every other file the change reaches, and last the whole-site downloads. A
    /// request for a file not yet written waits for it (`PendingFiles`), so what a reader sees is never older than
    /// the reload. Hugo's fast render mode writes only the visited pages and renders the others when visited; here
    /// every file is written, the open ones first.
    public func rebuild(changed: Set<String>) {
        let builder = lock.withLock { self.builder }
        let outcome: Outcome
        if let builder {
            do {
                let open = events.openPages
                let result = try builder.rebuild(changed: changed) { file in
                    !(file.kind == .asset || file.kind == .page && open.contains(file.path))
                }
                pending.remaining(Set(result.deferred))
                outcome = .rebuilt(result, changed: changed)
            } catch {
                outcome = .failed(error, changed: changed)
            }
        } else {
            do {
                let fresh = try IncrementalBuilder(options: buildOptions)
                lock.withLock { self.builder = fresh }
                outcome = .built(fresh.initialBuild)
            } catch {
                outcome = .failed(error, changed: changed)
            }
        }
        let next: Int = lock.withLock {
            if case .failed(let failure, _) = outcome { problems = BuildProblems(failure) } else { problems = nil }
            generation += 1
            return generation
        }
        events.announce(next)
        report(outcome)
        guard let builder, case .rebuilt(let result, _) = outcome, !result.deferred.isEmpty else {
            pending.finish()
            return
        }
        let start = Date()
        do {
            var written = try builder.renderDeferred { !Self.deferredDownloads.contains($0.path) }
            pending.remaining(Set(result.deferred).intersection(Self.deferredDownloads))
            written += try builder.renderDeferred()
            pending.finish()
            report(.restWritten(written, seconds: Date().timeIntervalSince(start)))
        } catch {
            lock.withLock { problems = BuildProblems(error) }
            pending.finish()
            report(.failed(error, changed: changed))
        }
    }

    /// Stops watching and serving, ends the pages' event streams and removes the private site folder.
    public func stop() async {
        let (watcher, server, keepAlive) = lock.withLock { (self.watcher, self.server, self.keepAlive) }
        watcher?.stop()
        keepAlive?.cancel()
        events.finishAll()
        await server?.stop(timeout: 1)
        // One removal at a time: a second `stop` (Ctrl-C while the command also stops) waits for the first
        // instead of racing it through the same folder and leaving half of it.
        removal.withLock { try? FileManager.default.removeItem(at: scratchFolder) }
    }

    /// Waits until the server stops (after `stop`, or when its socket fails).
    public func waitUntilStopped() async {
        let task = lock.withLock { serverTask }
        _ = try? await task?.value
    }

    private func startKeepAlive() {
        let events = self.events
        let task = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 15_000_000_000)
                events.keepAlive()
            }
        }
        lock.withLock { keepAlive = task }
    }

    /// The response to one request: a file of the site (HTML with the reload script and any problems), the event
    /// stream, a redirect to a folder's slash, or an error status.
    func respond(to request: HTTPRequest) async -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        let rawPath = request.target.path()
        if rawPath == PageInjection.eventsPath {
            let page = request.query.first { $0.name == "page" }.flatMap { RequestPath.sitePath(of: $0.value) }
            return events.response(page: page)
        }
        if let sitePath = RequestPath.sitePath(of: rawPath) { await pending.wait(for: sitePath) }
        let (generation, problems) = state

        switch RequestPath.resolve(rawPath, in: siteFolder) {
        case .file(let url):
            return file(url, status: .ok, generation: generation, problems: problems)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location, .cacheControl: "no-store"]))
        case .forbidden:
            return HTTPResponse(
                statusCode: .forbidden, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]),
                body: Data("This path leads outside the site.\n".utf8))
        case .notFound:
            if let problems {
                return HTTPResponse(
                    statusCode: .ok, headers: HTTPHeaders([.contentType: ContentTypes.of("x.html"), .cacheControl: "no-store"]),
                    body: Data(PageInjection.problemsPage(problems, generation: generation)))
            }
            let notFound = siteFolder.appendingPathComponent("404.html")
            if FileManager.default.fileExists(atPath: notFound.path) {
                return file(notFound, status: .notFound, generation: generation, problems: nil)
            }
            return HTTPResponse(statusCode: .notFound)
        }
    }

    private func file(_ url: URL, status: HTTPStatusCode, generation: Int, problems: BuildProblems?) -> HTTPResponse {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return HTTPResponse(statusCode: .notFound)
        }
        let type = ContentTypes.of(url.path)
        let body =
            ContentTypes.isHTML(url.path)
            ? Data(PageInjection.page(Array(data), generation: generation, problems: problems)) : data
        return HTTPResponse(
            statusCode: status, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]), body: body)
    }
}
