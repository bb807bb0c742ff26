import Foundation
import Testing
@testable import SiteOutput

@Suite struct StagedOutputCommitTests {
    static let marker = Array("Almanac site output; this folder is replaced on every build.\n".utf8)

    @Test func committingWhenNoOldSiteExists() throws {
        try Workspace.with { workspace in
            let output = try workspace.buildSite(["index.html": "home", "zh/index.html": "首页"])
            #expect(try snapshot(of: workspace.site) == [
                ".almanac-site": Self.marker,
                "index.html": Array("home".utf8),
                "zh/index.html": Array("首页".utf8),
            ])
            #expect(workspace.entries == ["site"])
            #expect(!FileManager.default.fileExists(atPath: output.stagingDirectory.path))
        }
    }

    @Test func markerFileIsPresentAfterCommit() throws {
        try Workspace.with { workspace in
            try workspace.buildSite([:])
            let marker = try Data(contentsOf: workspace.site.appendingPathComponent(".almanac-site"))
            #expect(Array(marker) == Self.marker)
        }
    }

    @Test func commitReplacesTheOldSiteCompletely() throws {
        try Workspace.with { workspace in
            try workspace.buildSite([
                "index.html": "old home",
                "zh/removed.html": "gone",
                "old-only/deep/file.txt": "gone",
            ])
            try workspace.buildSite(["index.html": "new home", "en/index.html": "English"])
            #expect(try snapshot(of: workspace.site) == [
                ".almanac-site": Self.marker,
                "index.html": Array("new home".utf8),
                "en/index.html": Array("English".utf8),
            ])
            #expect(workspace.entries == ["site"])
        }
    }

    @Test func replacesAnEmptyFolderTheUserCreated() throws {
        try Workspace.with { workspace in
            try workspace.makeFolder("site")
            try workspace.buildSite(["index.html": "home"])
            #expect(try snapshot(of: workspace.site).keys.sorted() == [".almanac-site", "index.html"])
        }
    }

    @Test func failureThenDiscardLeavesTheOldSiteUntouched() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["index.html": "old home", "zh/index.html": "旧首页"])
            let before = try snapshot(of: workspace.site)

            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            do {
                try output.write(Array("new home".utf8), to: "index.html")
                try output.write(Array("new page".utf8), to: "zh/new.html")
                try output.write(Array("clash".utf8), to: "index.html")
                Issue.record("the duplicate write did not fail")
            } catch {
                output.discard()
            }
            #expect(try snapshot(of: workspace.site) == before)
            #expect(workspace.entries == ["site"])
        }
    }

    @Test func droppingAnUncommittedOutputRemovesItsStagingFolder() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["index.html": "old"])
            let before = try snapshot(of: workspace.site)
            do {
                let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
                try output.write(Array("new".utf8), to: "index.html")
            }
            #expect(workspace.entries == ["site"])
            #expect(try snapshot(of: workspace.site) == before)
        }
    }

    @Test func discardIsSafeTwiceAndAfterCommit() throws {
        try Workspace.with { workspace in
            let output = try workspace.buildSite(["index.html": "home"])
            output.discard()
            output.discard()
            #expect(try snapshot(of: workspace.site)["index.html"] == Array("home".utf8))

            let discarded = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            discarded.discard()
            discarded.discard()
            #expect(workspace.entries == ["site"])
        }
    }

    @Test func committingTwiceIsAnError() throws {
        try Workspace.with { workspace in
            let output = try workspace.buildSite(["index.html": "home"])
            #expect(throws: OutputError.self) { try output.commit() }
            #expect(try snapshot(of: workspace.site)["index.html"] == Array("home".utf8))
        }
    }

    @Test func committingAfterDiscardIsAnErrorAndWritesNothing() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try output.write([1], to: "index.html")
            output.discard()
            #expect(throws: OutputError.self) { try output.commit() }
            #expect(workspace.entries == [])
        }
    }

    /// The folder is checked again at the swap: something a person put there during the build is not destroyed.
    @Test func commitRefusesAForeignFolderThatAppearedDuringTheBuild() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try output.write([1], to: "index.html")
            try workspace.makeFile("site/thesis.docx", "precious")
            #expect(throws: OutputError.foreignDestination(workspace.site.path)) { try output.commit() }
            #expect(try snapshot(of: workspace.site) == ["thesis.docx": Array("precious".utf8)])
            #expect(workspace.entries == ["site"])
        }
    }
}
