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
