import Foundation
import SiteBuilder
import Testing
import TestSupport

/// A failed build leaves the previous site exactly as it was, and nothing beside it.
@Suite struct AtomicityTests {
    /// Builds the minimal site, runs `failing` against the same output, and checks the site is unchanged.
    private func expectOldSiteSurvives(
        sourceLocation: SourceLocation = #_sourceLocation,
        _ failing: (BuildWorkspace) throws -> BuildFailure?
    ) throws {
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            try workspace.build()
            let before = try workspace.outputFiles()
            let entries = workspace.entries
            let failure = try failing(workspace)
            #expect(failure != nil, "the second build was meant to fail", sourceLocation: sourceLocation)
            let after = try workspace.outputFiles()
            #expect(Set(after.files.keys) == Set(before.files.keys), sourceLocation: sourceLocation)
            #expect(after.files.filter { before.files[$0.key] != $0.value }.isEmpty, "byte-identical", sourceLocation: sourceLocation)
            #expect(workspace.entries == entries, "no staging or old folder left beside the site", sourceLocation: sourceLocation)
        }
    }

    @Test func badContentLeavesTheOldSite() throws {
        try expectOldSiteSurvives { workspace in
            let failure = try workspace.failure(of: ContentMistake.all[0].fixture)
            #expect(failure?.stage == "loading content")
            return failure
        }
    }

    @Test func brokenThemeLeavesTheOldSite() throws {
        try expectOldSiteSurvives { workspace in
            try withTemporaryDirectory { themes in
                let assets = try ThemeCopy.make(in: themes, breaking: "indicator")
                let failure = try workspace.failure(of: .minimal(), assets: assets)
                #expect(failure?.stage == "loading the theme")
                if case .theme(let problems) = failure {
                    #expect(problems.problems.first?.file == assets.appendingPathComponent("templates/indicator.mustache").path)
                    #expect(problems.problems.first?.line != nil)
                }
                return failure
            }
        }
    }

    /// A failure while files are being written, after the staging folder exists: the staging folder goes too.
    @Test func failureWhileWritingLeavesTheOldSiteAndNoStagingFolder() throws {
        try expectOldSiteSurvives { workspace in
            try workspace.write(.minimal())
            // When the first file is written, put a folder where a later file must go, so its write fails.
            let root = workspace.root
            let blocked = Blocker()
            do throws(BuildFailure) {
                try workspace.build(parallelism: 1) { _, _ in
                    blocked.once {
                        let staging = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?
                            .first { $0.hasPrefix(".site.staging") }
                        guard let staging else { return }
                        try? FileManager.default.createDirectory(
                            at: root.appendingPathComponent(staging).appendingPathComponent("robots.txt/in-the-way"),
                            withIntermediateDirectories: true)
                    }
                }
                return nil
            } catch {
                #expect(error.stage == "writing the site", "\(error)")
                #expect(error.description.contains("robots.txt"), "\(error)")
                return error
            }
        }
    }
}

/// The real `almanac` binary killed with `SIGKILL` between the two renames of its commit, when no site is in place and
/// the previous one is only in `.site.old-<pid>`: the next build puts it back, whether it then fails or succeeds.
@Suite struct KilledBuildTests {
    static let killBetweenRenames = ["ALMANAC_TEST_FAIL_AT": "between-renames"]

    private func arguments(_ workspace: BuildWorkspace) -> [String] {
        ["build", "--content", "content", "--output", "site", "--assets", PackagePaths.assets.path]
    }

    /// Builds the minimal site, then runs a build of changed content that kills itself between the renames.
    private func killBetweenRenames(_ almanac: AlmanacCommand, in workspace: BuildWorkspace) throws -> (SiteFiles, String) {
        try workspace.write(.minimal())
        let first = try almanac.run(arguments(workspace), in: workspace.root)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try workspace.outputFiles()

        try workspace.write(ContentFixture.minimal().replacing("title: About this site", with: "title: About this new site", in: "pages/about.en.md"))
        let killed = try almanac.run(arguments(workspace), in: workspace.root, environment: Self.killBetweenRenames)
        #expect(killed.reason == .uncaughtSignal, "the build was meant to kill itself: \(killed.stderr)")
        #expect(killed.status == SIGKILL)
        let old = try #require(workspace.entries.first { $0.hasPrefix(".site.old-") })
        #expect(!workspace.entries.contains("site"), "killed with the site moved aside: \(workspace.entries)")
        return (before, workspace.root.appendingPathComponent(old).path)
    }

    @Test func aFailingBuildAfterTheKillPutsThePreviousSiteBack() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            let (before, old) = try killBetweenRenames(almanac, in: workspace)
            try workspace.write(ContentMistake.all[0].fixture)
            let failed = try almanac.run(arguments(workspace), in: workspace.root)
            #expect(failed.status == 1)
            #expect(failed.stderr.split(separator: "\n").map(String.init) == [
                "warning: \(workspace.output.path) was missing; the previous site was put back from \(old), "
                    + "where a build that was stopped had left it",
                "content/" + ContentMistake.all[0].message,
                "build failed while loading content: 1 error; site/ was left as it was",
            ])
            let after = try workspace.outputFiles()
            #expect(after.files == before.files, "the whole previous site, byte for byte")
            #expect(workspace.entries == ["content", "site"])
        }
    }

    /// The closing line says where the previous site is rather than "left as it was" when it could not be put back.
    @Test func aBuildThatCannotPutThePreviousSiteBackSaysWhereItIs() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            let (_, old) = try killBetweenRenames(almanac, in: workspace)
            let failed = try almanac.run(
                arguments(workspace), in: workspace.root, environment: ["ALMANAC_TEST_FAIL_AT": "putting-back"])
            #expect(failed.status == 1)
            #expect(failed.stderr.split(separator: "\n").map(String.init) == [
                "error: \(workspace.output.path): cannot prepare the staging folder: the previous site is in \(old) "
                    + "and cannot be moved back: injected by a test; move it back to \(workspace.output.path) by hand",
                "build failed while writing the site: 1 error; site/ is missing; the previous site is in \(old), "
                    + "and the next build puts it back",
            ])
            #expect(FileManager.default.fileExists(atPath: old))
        }
    }

    @Test func aSucceedingBuildAfterTheKillReplacesTheWholeSite() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            let (before, _) = try killBetweenRenames(almanac, in: workspace)
            let built = try almanac.run(arguments(workspace), in: workspace.root)
            #expect(built.status == 0, "\(built.stderr)")
            #expect(built.stderr.contains("the previous site was put back"), "\(built.stderr)")
            let after = try workspace.outputFiles()
            #expect(Set(after.files.keys) == Set(before.files.keys))
            #expect(after.files != before.files, "the new site, not the old one")
            #expect(workspace.entries == ["content", "site"])
        }
    }
}

/// Runs a block once, from whichever thread calls first.
private final class Blocker: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    func once(_ body: () -> Void) {
        lock.withLock {
            guard !done else { return }
            done = true
            body()
        }
    }
}
