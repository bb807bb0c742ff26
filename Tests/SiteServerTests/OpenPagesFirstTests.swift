import Foundation
import SiteBuilder
@testable import SiteServer
import TestSupport
import Testing

/// A rebuild writes the pages open in a browser before the reload and everything else after it; a request for a
/// file still to be written waits for it.
@Suite(.serialized) struct OpenPagesFirstTests {
    @Test func openPageIsWrittenBeforeTheReloadAndTheRestAfter() async throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-serve-test-\(UUID())")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let content = workspace.appendingPathComponent("content")
        try ContentFixture.minimal().write(to: content)
        let options = PreviewServer.Options.testing(content)
        let outcomes = Outcomes()
        let server = try PreviewServer(options: options) { outcomes.append($0) }
        server.buildFirst()
        let port = try await server.listen()
        defer { Task { await server.stop() } }

        // A page open on the English indicator page, named as the script names it (encodeURIComponent).
        let page = "en/indicators/hospital-delivery-rate.html"
        let events = try EventStreamProbe(port: port, page: "%2Fen%2Findicators%2Fhospital-delivery-rate.html")
        #expect(try await events.reload() == "0")
        #expect(server.openPages == [page])

        try ContentFixture.minimal().replacing(
            "620000,2020,99.6", with: "620000,2020,97.6", in: "data/hospital-delivery-rate.csv"
        ).write(to: content)
        server.rebuild(changed: ["data/hospital-delivery-rate.csv"])

        let recorded = outcomes.all.filter { if case .built = $0 { false } else { true } }
        guard recorded.count == 2, case .rebuilt(let first, _) = recorded[0], case .restWritten(let rest, _) = recorded[1]
        else {
            Issue.record("expected a rebuild and the rest written after it: \(recorded)")
            return
        }
        #expect(first.rewritten == [page])
        #expect(rest.contains("zh/indicators/hospital-delivery-rate.html"))
        #expect(rest.contains("data/hospital-delivery-rate.csv"))
        #expect(rest.last == "data/downloads.zip")
        #expect(Set(first.deferred) == Set(rest))
        #expect(try await events.reload() == "1")

        // The site is then what a full build of the edited content makes.
        let full = workspace.appendingPathComponent("full")
        try SiteBuilder(
            options: BuildOptions(
                contentDirectory: content.path, outputDirectory: full.path, assetsDirectory: PackagePaths.assets.path)
        ).build()
        #expect(try Self.files(server.siteFolder) == Self.files(full))
    }

    @Test func requestForAFileStillToBeWrittenWaitsForIt() async throws {
        let pending = PendingFiles()
        pending.remaining(["en/a/index.html", "data/all.csv"])
        await pending.wait(for: "en/b/index.html")  // not pending: returns at once

        let order = Outcomes.Order()
        let page = Task {
            await pending.wait(for: "en/a/index.html")
            order.append("page served")
        }
        let download = Task {
            await pending.wait(for: "data/all.csv")
            order.append("download served")
        }
        try await Task.sleep(nanoseconds: 100_000_000)
        order.append("pages written")
        pending.remaining(["data/all.csv"])
        await page.value
        try await Task.sleep(nanoseconds: 50_000_000)
        order.append("downloads written")
        pending.finish()
        await download.value
        #expect(order.all == ["pages written", "page served", "downloads written", "download served"])
    }

    @Test func sitePathOfARequest() {
        #expect(RequestPath.sitePath(of: "/") == "index.html")
        #expect(RequestPath.sitePath(of: "/zh/indicators/x/") == "zh/indicators/x/index.html")
        #expect(RequestPath.sitePath(of: "/data/all.csv") == "data/all.csv")
        #expect(RequestPath.sitePath(of: "/zh/%E6%8C%87%E6%A0%87/") == "zh/指标/index.html")
        #expect(RequestPath.sitePath(of: "/../etc/passwd") == nil)
        #expect(RequestPath.sitePath(of: "/a%2Fb") == nil)
    }

    static func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walk?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }
}

/// What the server reported, in order.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [PreviewServer.Outcome] = []
    func append(_ outcome: PreviewServer.Outcome) { lock.withLock { outcomes.append(outcome) } }
    var all: [PreviewServer.Outcome] { lock.withLock { outcomes } }

    final class Order: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [String] = []
        func append(_ step: String) { lock.withLock { steps.append(step) } }
        var all: [String] { lock.withLock { steps } }
    }
}
