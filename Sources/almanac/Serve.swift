import ArgumentParser
import Dispatch
import Foundation
import SiteBuilder
import SiteModel
import SiteServer

/// `almanac serve`: a preview that rebuilds and reloads as the content is edited.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site: build it, serve it on localhost, and rebuild and reload pages on every change.",
        discussion: """
            Builds into a private temporary folder (never site/), serves it, and watches the content and theme \
            folders. A change rebuilds only the files it affects, and open pages reload. While the content has \
            errors, every page shows them (file:line:column) until they are fixed. Ctrl-C stops.
            """
    )

    @Option(name: .long, help: "The content folder.")
    var content = "content"

    @Option(name: .long, help: "The theme folder (templates, i18n, static files).")
    var assets = "assets"

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(name: .long, help: "The address to listen on; the default serves this computer only.")
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Compare the folders' files every 0.25 s instead of using inotify.")
    var poll = false

    func run() throws {
        var options = PreviewServer.Options(
            contentDirectory: content, assetsDirectory: assets, address: ServerAddress(host: host, port: port))
        options.forcePolling = poll
        let server: PreviewServer
        do { server = try PreviewServer(options: options, report: Self.describe) } catch {
            printError(error.description)
            throw ExitCode.failure
        }
        say("Building \(content)/ …")
        server.buildFirst()

        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task {
            do throws(ServeError) {
                let actual = try await server.listen()
                let how = server.watch()
                say("Serving \(options.address.url(port: actual)) (watching \(content)/ and \(assets)/ with \(how); Ctrl-C stops)")
                await server.waitUntilStopped()
                await server.stop()
            } catch {
                failure.error = error
                await server.stop()
            }
            done.signal()
        }
        let signals = [SIGINT, SIGTERM].map { (number: Int32) in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                say("\nStopping…")
                Task { await server.stop() }
            }
            source.resume()
            return source
        }
        done.wait()
        signals.forEach { $0.cancel() }
        if let error = failure.error {
            printError(error.description)
            throw ExitCode.failure
        }
    }

    /// One line per build in the terminal, with every problem of a failed one.
    private static func describe(_ outcome: PreviewServer.Outcome) {
        switch outcome {
        case .built(let report):
            guard let report else { return }
            for line in Diagnostic.printedLines(report.warnings) { printError(line) }
            say(report.summary(output: "the preview"))
        case .rebuilt(let report, let changed):
            let milliseconds = Int((report.seconds * 1000).rounded())
            say(
                "\(changed.sorted().joined(separator: ", ")): \(report.rewritten.count) \(report.rewritten.count == 1 ? "file" : "files") rewritten,"
                    + (report.deferred.isEmpty ? "" : " \(report.deferred.count) left until after the reload,")
                    + " \(report.removed.count) removed in \(milliseconds) ms; pages reloaded")
        case .restWritten(let paths, let seconds):
            let downloads = paths.filter(PreviewServer.deferredDownloads.contains)
            say(
                "\(paths.count) more files written after the reload in \(Int((seconds * 1000).rounded())) ms"
                    + (downloads.isEmpty ? "" : " (with \(downloads.joined(separator: ", ")))"))
        case .failed(let error, _):
            printError(error.description)
            printError("build failed while \(error.stage); the pages show the problems until they are fixed")
        }
    }
}

private final class Failure: @unchecked Sendable {
    var error: ServeError?
}

/// A line on standard output at once, unbuffered: the address and rebuild lines are read as they happen, also
/// through a pipe.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
