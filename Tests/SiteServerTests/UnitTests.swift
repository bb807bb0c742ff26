import Foundation
import SiteBuilder
import SiteModel
@testable import SiteServer
import TestSupport
import Testing

@Suite struct RequestPathTests {
    /// A served folder with `index.html`, `a/index.html`, `a/b.css`, and a secret beside it.
    func withSite(_ body: (URL, URL) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let site = directory.appendingPathComponent("site")
            try FileManager.default.createDirectory(
                at: site.appendingPathComponent("a"), withIntermediateDirectories: true)
            try Data("home".utf8).write(to: site.appendingPathComponent("index.html"))
            try Data("a".utf8).write(to: site.appendingPathComponent("a/index.html"))
            try Data("b".utf8).write(to: site.appendingPathComponent("a/b.css"))
            let secret = directory.appendingPathComponent("secret.txt")
            try Data("secret".utf8).write(to: secret)
            try body(site, secret)
        }
    }

    @Test func filesFoldersAndMissingPaths() throws {
        try withSite { site, _ in
            let real = site.resolvingSymlinksInPath()
            #expect(RequestPath.resolve("/", in: site) == .file(real.appendingPathComponent("index.html")))
            #expect(RequestPath.resolve("/a/", in: site) == .file(real.appendingPathComponent("a/index.html")))
            #expect(RequestPath.resolve("/a", in: site) == .redirect(location: "/a/"))
            #expect(RequestPath.resolve("/a/b.css", in: site) == .file(real.appendingPathComponent("a/b.css")))
            #expect(RequestPath.resolve("/a/%62.css", in: site) == .file(real.appendingPathComponent("a/b.css")))
            #expect(RequestPath.resolve("/nope.html", in: site) == .notFound)
        }
    }

    @Test(arguments: [
        "/../secret.txt", "/a/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/a/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt", "/..%5csecret.txt", "/a/..\\..\\secret.txt", "/./index.html", "/%00", "secret.txt",
        "/%zz",
    ])
    func traversalIsForbidden(path: String) throws {
        try withSite { site, _ in
            #expect(RequestPath.resolve(path, in: site) == .forbidden)
        }
    }

    @Test func symbolicLinkOutOfTheFolderIsForbidden() throws {
        try withSite { site, secret in
            try FileManager.default.createSymbolicLink(
                at: site.appendingPathComponent("link.txt"), withDestinationURL: secret)
            #expect(RequestPath.resolve("/link.txt", in: site) == .forbidden)
        }
    }
}

@Suite struct ContentTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("static/almanac.css", "text/css; charset=utf-8"),
        ("chart.svg", "image/svg+xml"), ("data/a.csv", "text/csv; charset=utf-8"), ("a.json", "application/json"),
        ("app.js", "text/javascript; charset=utf-8"), ("sitemap.xml", "application/xml"), ("logo.PNG", "image/png"),
        ("font.woff2", "font/woff2"), ("robots.txt", "text/plain; charset=utf-8"),
        ("all.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("feed.atom", "application/atom+xml"), ("noextension", "application/octet-stream"),
        (".hidden", "application/octet-stream"), ("a.unknown", "application/octet-stream"),
    ])
    func typeByExtension(path: String, type: String) {
        #expect(ContentTypes.of(path) == type)
    }
}

@Suite struct PageInjectionTests {
    @Test func scriptGoesBeforeTheLastClosingBody() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let page = String(decoding: PageInjection.inject("<x>", into: html), as: UTF8.self)
        #expect(page == "<html><body><p>&lt;/body&gt;</p><x></BODY></html>")
    }

    @Test func pageWithoutBodyGetsTheScriptAtItsEnd() {
        let page = String(decoding: PageInjection.inject("<x>", into: Array("<p>hi".utf8)), as: UTF8.self)
        #expect(page == "<p>hi<x>")
    }

    @Test func reloadScriptCarriesTheGeneration() {
        let page = String(decoding: PageInjection.page(Array("<body></body>".utf8), generation: 7, problems: nil), as: UTF8.self)
        #expect(page.contains("const served = \"7\""))
        #expect(page.contains("new EventSource(\"/__almanac/events?page=\" + encodeURIComponent(location.pathname))"))
        #expect(!page.contains("almanac-problems"))
    }

    @Test func overlayEscapesLocationsAndMessages() {
        let diagnostic = Diagnostic.error(
            "bad value \"<script>alert(1)</script>\" & more\u{1}",
            at: SourceLocation(file: "data/<img src=x>.csv", line: 3, column: 14))
        let problems = BuildProblems(.content(ContentProblems([diagnostic])))
        let overlay = PageInjection.overlay(problems)
        #expect(overlay.contains("data/&lt;img src=x&gt;.csv:3:14"))
        #expect(overlay.contains("&lt;script&gt;alert(1)&lt;/script&gt;\" &amp; more"))
        #expect(!overlay.contains("<script>"))
        #expect(!overlay.contains("<img"))
        #expect(!overlay.unicodeScalars.contains("\u{1}"))
        #expect(problems.headline.contains("1 error"))
    }

    @Test func overlayListsAtMostALimitedNumber() {
        let many = (1...250).map { (line: Int) in
            Diagnostic.error("problem \(line)", at: SourceLocation(file: "a.csv", line: line))
        }
        let problems = BuildProblems(.content(ContentProblems(many)))
        #expect(problems.entries.count == BuildProblems.shownLimit)
        #expect(PageInjection.overlay(problems).contains("and 50 more"))
    }
}

@Suite(.serialized) struct ListeningTests {
    func server(port: UInt16, host: String = "127.0.0.1") throws -> PreviewServer {
        try PreviewServer(
            options: PreviewServer.Options(
                contentDirectory: "/nonexistent", assetsDirectory: "/nonexistent",
                address: ServerAddress(host: host, port: port)))
    }

    @Test func portInUseIsAClearError() async throws {
        let first = try server(port: 0)
        let port = try await first.listen()
        let second = try server(port: port)
        await #expect(throws: ServeError.portInUse(host: "127.0.0.1", port: port)) { try await second.listen() }
        #expect(ServeError.portInUse(host: "127.0.0.1", port: port).description.contains("already in use"))
        await first.stop()
        await second.stop()
    }

    @Test func badHostIsAClearError() async throws {
        let server = try server(port: 0, host: "example.org")
        await #expect(throws: ServeError.badHost("example.org")) { try await server.listen() }
        await server.stop()
    }

    @Test func methodsOtherThanGetAreRefused() async throws {
        let server = try server(port: 0)
        let port = try await server.listen()
        let response = try await offThePool {
            let socket = try HTTPProbe.connect(port: port)
            defer { close(socket) }
            try HTTPProbe.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", on: socket)
            var bytes: [UInt8] = []
            while let chunk = try HTTPProbe.receive(on: socket), !chunk.isEmpty { bytes += chunk }
            return try HTTPProbe.parse(bytes)
        }
        #expect(response.status == 405)
        await server.stop()
    }
}

@Suite(.serialized) struct FolderWatcherTests {
    /// Runs a watcher over a fresh folder; `body` gets the folder and a function waiting for the next batch.
    func watching(polling: Bool, _ body: (URL, () throws -> Set<String>) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let folder = directory.resolvingSymlinksInPath()
            let batches = Batches()
            let watcher = FolderWatcher(roots: [folder], pollInterval: 0.05) { batches.add($0) }
            let mode = watcher.start(forcePolling: polling)
            #expect(mode.hasPrefix(polling ? "polling" : "inotify"))
            defer { watcher.stop() }
            try body(folder) { try batches.next() }
        }
    }

    @Test func inotifyReportsFilesInNewSubfolders() throws {
        try watching(polling: false) { folder, next in
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("a/b"), withIntermediateDirectories: true)
            _ = try next()
            Thread.sleep(forTimeInterval: 0.1)
            try Data("x".utf8).write(to: folder.appendingPathComponent("a/b/c.csv"))
            var seen = try next()
            while !seen.contains(folder.path + "/a/b/c.csv") { seen = try next() }
            Thread.sleep(forTimeInterval: 0.1)
            try Data("y".utf8).write(to: folder.appendingPathComponent(".c.csv.swp"))
            try Data("y".utf8).write(to: folder.appendingPathComponent("d.md"))
            seen = try next()
            while !seen.contains(folder.path + "/d.md") { seen.formUnion(try next()) }
            // Scratch files of editors are not reported.
            #expect(!seen.contains(folder.path + "/.c.csv.swp"))
        }
    }

    @Test func pollingReportsChangesAndDeletions() throws {
        try watching(polling: true) { folder, next in
            let file = folder.appendingPathComponent("x.csv")
            try Data("1".utf8).write(to: file)
            #expect(try next() == [file.path])
            try FileManager.default.removeItem(at: file)
            #expect(try next() == [file.path])
        }
    }

    @Test func changedPathsAreNamedAsInputs() {
        let names = ChangedInputs(content: "/c", assets: "/t")
        #expect(
            names.names(["/c/data/a.csv", "/c/templates/page.mustache", "/t/i18n/en.yml", "/c/documents/new/", "/elsewhere/x"])
                == ["data/a.csv", "theme:templates/page.mustache", "theme:i18n/en.yml", "documents/new/"])
    }
}

/// Batches a watcher reported, waited for one at a time.
final class Batches: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [Set<String>] = []

    func add(_ batch: Set<String>) {
        condition.lock()
        batches.append(batch)
        condition.signal()
        condition.unlock()
    }

    func next(timeout: Double = 5) throws -> Set<String> {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(timeout)
        while batches.isEmpty {
            guard condition.wait(until: deadline) else { throw HTTPProbe.Failure(description: "no change reported") }
        }
        return batches.removeFirst()
    }
}
