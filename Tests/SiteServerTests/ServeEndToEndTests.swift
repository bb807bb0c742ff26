import Foundation
import SiteServer
import TestSupport
import Testing

/// `almanac serve` as a person uses it: open a page, edit, see the change; break the content, see the overlay
/// with the located message; mend it, see the site again. All over HTTP, through the real file watcher.
@Suite(.serialized) struct ServeEndToEndTests {
    @Test func editBreakAndMendWhileServing() async throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-serve-test-\(UUID())")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let content = workspace.appendingPathComponent("content")
        try ContentFixture.minimal().write(to: content)

        let options = PreviewServer.Options.testing(content)
        let server = try PreviewServer(options: options)
        server.buildFirst()
        #expect(server.state.problems == nil)
        let port = try await server.listen()
        #expect(server.watch() == "inotify")
        defer { Task { await server.stop() } }
        let http = HTTPProbe(port: port)

        // The about page, found where the build put it.
        let aboutPath = try #require(Self.page(containing: "monitoring data of the Gansu", in: server.siteFolder))
        let before = try await http.fetch(aboutPath)
        #expect(before.status == 200)
        #expect(before.headers["content-type"] == "text/html; charset=utf-8")
        #expect(before.body.contains(PageInjection.eventsPath))
        #expect(!before.body.contains("almanac-problems"))
        // The script is the server's: the file in the site folder does not hold it.
        let onDisk = try String(contentsOf: server.siteFolder.appendingPathComponent(String(aboutPath.dropFirst())), encoding: .utf8)
        #expect(!onDisk.contains("EventSource"))

        let events = try EventStreamProbe(port: port)
        #expect(try await events.reload() == "0")

        // An edit: the page changes and open pages are told to reload.
        let about = content.appendingPathComponent("pages/about.en.md")
        let original = try String(contentsOf: about, encoding: .utf8)
        try original.replacingOccurrences(of: "monitoring data", with: "freshly edited monitoring data")
            .write(to: about, atomically: true, encoding: .utf8)
        let edited = try await Self.afterReloads(of: aboutPath, http, events) { $0.contains("freshly edited") }
        #expect(!edited.contains("almanac-problems"))

        // A broken data file: the overlay, with the file, line and column of the problem, on every page.
        let data = content.appendingPathComponent("data/maternal-mortality-ratio.csv")
        let goodData = try String(contentsOf: data, encoding: .utf8)
        try goodData.replacingOccurrences(of: "620000,2018,18.69", with: "620000,2018,<b>oops</b>")
            .write(to: data, atomically: true, encoding: .utf8)
        let broken = try await Self.afterReloads(of: aboutPath, http, events) { $0.contains("almanac-problems") }
        #expect(broken.contains("id=\"almanac-problems\""))
        #expect(broken.contains("data/maternal-mortality-ratio.csv:3:13</code>"))
        #expect(broken.contains("&lt;b&gt;oops&lt;/b&gt;"))
        #expect(!broken.contains("<b>oops</b>"))
        #expect(broken.contains("freshly edited"))
        #expect(try await http.fetch("/").body.contains("almanac-problems"))
        #expect(server.state.problems != nil)

        // Mended: the site is back, without the overlay.
        try goodData.write(to: data, atomically: true, encoding: .utf8)
        let mended = try await Self.afterReloads(of: aboutPath, http, events) { !$0.contains("almanac-problems") }
        #expect(mended.contains("freshly edited monitoring data"))
        await server.stop()
        #expect(!FileManager.default.fileExists(atPath: server.siteFolder.path))
    }

    /// The first build fails: the server still starts and shows the problems, and the next change builds it.
    @Test func startsOnBrokenContentAndRecovers() async throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-serve-test-\(UUID())")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let content = workspace.appendingPathComponent("content")
        try ContentFixture.minimal().replacing("languages: [zh, en]", with: "languages: [zh, en", in: "site.yml")
            .write(to: content)
        let options = PreviewServer.Options.testing(content)
        let server = try PreviewServer(options: options)
        server.buildFirst()
        let port = try await server.listen()
        server.watch()
        defer { Task { await server.stop() } }
        let http = HTTPProbe(port: port)
        let page = try await http.fetch("/en/")
        #expect(page.status == 200)
        #expect(page.body.contains("almanac-problems"))
        #expect(page.body.contains("site.yml:"))

        let events = try EventStreamProbe(port: port)
        #expect(try await events.reload() == "0")
        try ContentFixture.minimal().write(to: content)
        let back = try await Self.afterReloads(of: "/en/", http, events) { !$0.contains("almanac-problems") }
        #expect(server.state.problems == nil)
        #expect(back.contains("EventSource"))
        await server.stop()
    }

    /// The page at `path` once `isDone` holds for it, checked after each reload event: a save may come as more
    /// than one batch of changes, each announced.
    static func afterReloads(
        of path: String, _ http: HTTPProbe, _ events: EventStreamProbe, until isDone: (String) -> Bool
    ) async throws -> String {
        var body = ""
        for _ in 0..<10 {
            _ = try await events.reload()
            body = try await http.fetch(path).body
            if isDone(body) { return body }
        }
        Issue.record("the page never reached the expected state: \(body)")
        return body
    }

    /// The path of the first HTML file under `folder` that contains `text`, as a request path.
    static func page(containing text: String, in folder: URL) -> String? {
        let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = walk?.nextObject() as? URL {
            guard url.pathExtension == "html", let page = try? String(contentsOf: url, encoding: .utf8),
                page.contains(text)
            else { continue }
            let base = folder.resolvingSymlinksInPath().path
            return String(url.resolvingSymlinksInPath().path.dropFirst(base.count))
        }
        return nil
    }
}
