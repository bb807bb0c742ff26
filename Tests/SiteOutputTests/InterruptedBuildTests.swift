import Foundation
import Testing
@_spi(Testing) @testable import SiteOutput

/// A build stopped at the worst moment, or leftovers that cannot be deleted: the site is never lost, and later
/// builds are never blocked.
@Suite struct InterruptedBuildTests {
    static let deadProcess = StaleStagingTests.deadProcess

    private func output(_ workspace: Workspace, injecting points: Set<FailureInjection.Point> = []) throws
        -> StagedOutput
    {
        try StagedOutput(
            destination: workspace.site, contentDirectory: workspace.content, assetsDirectory: nil,
            injection: FailureInjection(points))
    }

    /// Between the renames the output is missing and the old folder holds the only copy of the site.
    @Test func aBuildStoppedBetweenTheRenamesIsPutBackBeforeAnythingElse() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["index.html": "old home", "zh/index.html": "旧首页"])
            let before = try snapshot(of: workspace.site)

            let stopped = try output(workspace, injecting: [.betweenRenames])
            try stopped.write(Array("new home".utf8), to: "index.html")
            #expect(throws: OutputError.self) { try stopped.commit() }
            let old = ".site.old-\(getpid())"
            #expect(workspace.entries == [old, ".site.staging-\(getpid())"])
            #expect(StagedOutput.previousSiteAside(of: workspace.site) == workspace.root.appendingPathComponent(old).path)

            let next = try output(workspace)
            #expect(try snapshot(of: workspace.site) == before, "the previous site is back before the build writes")
            #expect(next.notices == [
                "\(workspace.site.path) was missing; the previous site was put back from "
                    + "\(workspace.root.appendingPathComponent(old).path), where a build that was stopped had left it"
            ])
            next.discard()
            #expect(workspace.entries == ["site"])
            #expect(try snapshot(of: workspace.site) == before)
            #expect(StagedOutput.previousSiteAside(of: workspace.site) == nil)
        }
    }

    @Test func theOnlyCopyOfASiteIsNeverDeleted() throws {
        try Workspace.with { workspace in
            try workspace.makeFile(".site.old-\(Self.deadProcess)/index.html", "only copy")
            try workspace.makeFile(".site.old-\(Self.deadProcess)/.almanac-site", "marker")
            try workspace.makeFile(".site.staging-\(Self.deadProcess)/index.html", "half written")
            try output(workspace).discard()
            #expect(workspace.entries == ["site"])
            #expect(try snapshot(of: workspace.site)["index.html"] == Array("only copy".utf8))
        }
    }

    /// Of several previous sites, the one changed last is the one a stopped build had just moved aside.
    @Test func theNewestOfSeveralOldFoldersIsPutBack() throws {
        try Workspace.with { workspace in
            try workspace.makeFile(".site.old-\(Self.deadProcess)/index.html", "older")
            try workspace.makeFile(".site.old-\(Self.deadProcess - 1)/index.html", "newest")
            let manager = FileManager.default
            try manager.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
                ofItemAtPath: workspace.root.appendingPathComponent(".site.old-\(Self.deadProcess)").path)
            try output(workspace).discard()
            #expect(workspace.entries == ["site"])
            #expect(try snapshot(of: workspace.site)["index.html"] == Array("newest".utf8))
        }
    }

    @Test func aLeftoverThatCannotBeRemovedIsReportedAndDoesNotBlockTheBuild() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["index.html": "old"])
            let leftover = workspace.root.appendingPathComponent(".site.staging-\(Self.deadProcess)")
            try workspace.makeFile(".site.staging-\(Self.deadProcess)/index.html", "stuck")
            let stuck = try output(workspace, injecting: [.removingLeftover])
            #expect(stuck.notices == [
                "\(leftover.path): cannot remove the folder left by an earlier build: Operation not permitted "
                    + "(injected by a test); it is left there, remove it by hand"
            ])
            try stuck.write(Array("new".utf8), to: "index.html")
            try stuck.commit()
            #expect(try snapshot(of: workspace.site)["index.html"] == Array("new".utf8))
            #expect(stuck.notices.count == 2, "the previous site could not be removed either: \(stuck.notices)")
            #expect(stuck.notices.last?.contains("the new site is in place, but the previous one could not be removed") == true)
            #expect(workspace.entries == [".site.old-\(getpid())", leftover.lastPathComponent, "site"])

            try workspace.buildSite(["index.html": "newer"])
            #expect(workspace.entries == ["site"], "the next build that can remove them does")
        }
    }

    /// Folders named with this process id are where this build writes; one that stays in the way stops it clearly.
    @Test func aLeftoverInTheWayOfThisBuildsOwnFolderIsAnError() throws {
        try Workspace.with { workspace in
            try workspace.makeFile(".site.staging-\(getpid())/index.html", "stuck")
            let error = #expect(throws: OutputError.self) { try output(workspace, injecting: [.removingLeftover]) }
            #expect(error?.description.hasSuffix("; remove it by hand") == true, "\(String(describing: error))")
            #expect(workspace.entries == [".site.staging-\(getpid())"])
        }
    }

    /// `chmod -R a-w site` must not make every later build fail; root ignores permissions, so only others can tell.
    @Test(.enabled(if: getuid() != 0)) func aReadOnlySiteIsReplacedAndRemoved() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["index.html": "old", "zh/index.html": "旧"])
            for folder in ["site/zh", "site"] {
                chmod(workspace.root.appendingPathComponent(folder).path, 0o555)
            }
            let output = try output(workspace)
            try output.write(Array("new".utf8), to: "index.html")
            try output.commit()
            #expect(output.notices.isEmpty, "\(output.notices)")
            #expect(workspace.entries == ["site"])
        }
    }
}
