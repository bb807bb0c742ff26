import Foundation
import Testing
@testable import SiteOutput

/// Folders left beside the output by a build that was killed before it could clean up.
@Suite struct StaleStagingTests {
    /// Above Linux's highest possible process id (2^22), so no process can have it.
    static let deadProcess = 99_999_999

    @Test func foldersOfDeadBuildsAreRemovedAtTheStart() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["index.html": "home"])
            try workspace.makeFile(".site.staging-\(Self.deadProcess)/index.html", "half written")
            try workspace.makeFile(".site.old-\(Self.deadProcess)/index.html", "older site")
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            #expect(workspace.entries == [".site.staging-\(getpid())", "site"])
            try output.commit()
            #expect(workspace.entries == ["site"])
        }
    }

    /// A container may give every run the same process id; no other build here uses ours, so the folder is stale.
    @Test func aFolderNamedWithThisProcessIdIsStaleWhenNoBuildHereUsesIt() throws {
        try Workspace.with { workspace in
            try workspace.makeFile(".site.staging-\(getpid())/leftover.html")
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            #expect(try snapshot(of: output.stagingDirectory).keys.sorted() == [".almanac-site"])
            output.discard()
            #expect(workspace.entries == [])
        }
    }

    @Test func foldersOfRunningBuildsAndOtherOutputsAreKept() throws {
        try Workspace.with { workspace in
            let kept = [
                ".site.staging-1",  // process 1 always runs
                ".other.staging-\(Self.deadProcess)",  // another output's
                ".site.staging-abc",
                ".site.staging-",
                ".site.backup-\(Self.deadProcess)",
                "site.staging-\(Self.deadProcess)",
            ]
            for name in kept { try workspace.makeFile("\(name)/index.html") }
            try workspace.buildSite(["index.html": "home"])
            #expect(workspace.entries == (kept + ["site"]).sorted())
        }
    }
}
