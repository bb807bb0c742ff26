import Dispatch
import Foundation
import Testing
@testable import SiteOutput

@Suite struct StagedOutputWriteTests {
    @Test func writesCreateTheirFoldersAndCountTotals() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try output.write(Array("<p>首页</p>".utf8), to: "zh/index.html")
            try output.write(Array("<svg/>".utf8), to: "zh/指标/妇女/1.1/chart.svg")
            try output.write([], to: "empty.txt")

            let staged = try snapshot(of: output.stagingDirectory)
            #expect(staged["zh/index.html"] == Array("<p>首页</p>".utf8))
            #expect(staged["zh/指标/妇女/1.1/chart.svg"] == Array("<svg/>".utf8))
            #expect(staged["empty.txt"] == [])
            #expect(output.filesWritten == 3)
            #expect(output.bytesWritten == "<p>首页</p>".utf8.count + "<svg/>".utf8.count)
            output.discard()
        }
    }

    @Test func stagingFolderIsHiddenBesideTheOutput() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            #expect(output.stagingDirectory.deletingLastPathComponent().path == workspace.root.path)
            #expect(output.stagingDirectory.lastPathComponent == ".site.staging-\(getpid())")
            #expect(workspace.entries == [".site.staging-\(getpid())"])
            output.discard()
            #expect(workspace.entries == [])
        }
    }

    @Test func createsMissingParentFolders() throws {
        try Workspace.with { workspace in
            let destination = workspace.root.appendingPathComponent("build/public/site")
            try workspace.buildSite(["index.html": "home"], at: destination)
            #expect(try snapshot(of: destination)["index.html"] == Array("home".utf8))
        }
    }

    @Test func filesAreNotExecutableAndFoldersAreSearchable() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["a/b.html": "x"])
            let manager = FileManager.default
            let file = try manager.attributesOfItem(atPath: workspace.site.appendingPathComponent("a/b.html").path)
            let folder = try manager.attributesOfItem(atPath: workspace.site.appendingPathComponent("a").path)
            let fileMode = try #require(file[.posixPermissions] as? Int)
            let folderMode = try #require(folder[.posixPermissions] as? Int)
            #expect(fileMode & 0o111 == 0)
            #expect(fileMode & 0o600 == 0o600)
            #expect(folderMode & 0o700 == 0o700)
        }
    }

    /// Eight threads share folders, so they race to create the same ones; every file must still land once.
    @Test func concurrentWritesFromEightThreadsAllLand() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            let threads = 8
            let filesPerThread = 500
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for index in 0..<filesPerThread {
                    let path = "\(["zh", "en"][index % 2])/indicators/\(index % 25)/page-\(thread)-\(index).html"
                    do {
                        try output.write(Array("\(thread):\(index)".utf8), to: path)
                    } catch {
                        failures.append(error)
                    }
                }
            }
            #expect(failures.count == 0, "first failures: \(failures.all.prefix(3))")
            #expect(output.filesWritten == threads * filesPerThread)
            try output.commit()

            let files = try snapshot(of: workspace.site)
            #expect(files.count == threads * filesPerThread + 1)  // and the marker
            var expectedBytes = 0
            for thread in 0..<threads {
                for index in 0..<filesPerThread {
                    let path = "\(["zh", "en"][index % 2])/indicators/\(index % 25)/page-\(thread)-\(index).html"
                    #expect(files[path] == Array("\(thread):\(index)".utf8))
                    expectedBytes += "\(thread):\(index)".utf8.count
                }
            }
            #expect(output.bytesWritten == expectedBytes)
        }
    }

    @Test func writingAPathTwiceIsAnError() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try output.write(Array("first".utf8), to: "zh/index.html")
            let error = #expect(throws: OutputError.self) {
                try output.write(Array("second".utf8), to: "zh/index.html")
            }
            let shown = workspace.site.appendingPathComponent("zh/index.html").path
            #expect(error == .duplicatePath(shown))
            #expect(error?.description == "\(shown): written twice; two pages claim the same file")
            #expect(try snapshot(of: output.stagingDirectory)["zh/index.html"] == Array("first".utf8))
            #expect(output.filesWritten == 1)
            output.discard()
        }
    }

    @Test func theMarkerNameIsReserved() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            #expect(throws: OutputError.invalidPath(".almanac-site", reason: ".almanac-site is reserved for the site marker")) {
                try output.write([1], to: ".almanac-site")
            }
            output.discard()
        }
    }

    @Test func invalidPathsAreRefusedByWrite() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            for path in ["../escape.html", "/etc/escape", "a/../../escape"] {
                #expect(throws: OutputError.self) { try output.write([1], to: path) }
            }
            #expect(output.filesWritten == 0)
            output.discard()
            #expect(workspace.entries == [])
        }
    }

    @Test func aFileCannotAlsoBeAFolder() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try output.write([1], to: "zh/about")
            let underFile = #expect(throws: OutputError.self) { try output.write([2], to: "zh/about/index.html") }
            #expect(underFile == .cannotWrite(
                workspace.site.appendingPathComponent("zh/about/index.html").path,
                reason: "a folder on the way is already written as a file"))

            try output.write([3], to: "en/about/index.html")
            let overFolder = #expect(throws: OutputError.self) { try output.write([4], to: "en/about") }
            #expect(overFolder == .cannotWrite(
                workspace.site.appendingPathComponent("en/about").path,
                reason: "a folder of that name was already created for another file"))
            output.discard()
        }
    }

    @Test func writesAfterCommitOrDiscardAreRefused() throws {
        try Workspace.with { workspace in
            let committed = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try committed.commit()
            #expect(throws: OutputError.outputClosed(workspace.site.appendingPathComponent("late.html").path)) {
                try committed.write([1], to: "late.html")
            }

            let discarded = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            discarded.discard()
            #expect(throws: OutputError.self) { try discarded.write([1], to: "late.html") }
            #expect(try snapshot(of: workspace.site).keys.sorted() == [".almanac-site"])
        }
    }
}

/// Errors collected from many threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func append(_ error: any Error) { lock.withLock { errors.append(error) } }
    var all: [any Error] { lock.withLock { errors } }
    var count: Int { lock.withLock { errors.count } }
}
