import Foundation
import Testing
import TestSupport

/// `almanac build` as a user runs it: exit status, what goes to stdout and stderr, and never a crash.
@Suite struct CommandLineTests {
    /// Signs of a crash or an unhandled error rather than a message for the user.
    static let crashSigns = ["Fatal error", "Stack dump", "stack trace", "Backtrace", "Segmentation", "0x0000", "Swift runtime failure"]

    private func expectNoCrash(_ outcome: AlmanacCommand.Outcome, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.reason == .exit, "ended by a signal", sourceLocation: sourceLocation)
        for sign in Self.crashSigns {
            #expect(!outcome.stderr.contains(sign), "stderr: \(outcome.stderr)", sourceLocation: sourceLocation)
        }
    }

    private func arguments(assets: String? = nil) -> [String] {
        ["build", "--content", "content", "--output", "site", "--assets", assets ?? PackagePaths.assets.path]
    }

    @Test func buildWritesTheSiteAndSaysWhatItBuilt() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let outcome = try almanac.run(arguments(), in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
            #expect(outcome.stdout.hasPrefix("Built "), "\(outcome.stdout)")
            #expect(outcome.stdout.hasSuffix(" s → site/\n"), "\(outcome.stdout)")
            #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
            #expect(FileManager.default.fileExists(atPath: workspace.output.appendingPathComponent("zh/index.html").path))
        }
    }

    @Test func quietBuildPrintsNothing() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let outcome = try almanac.run(arguments() + ["--quiet"], in: workspace.root)
            #expect(outcome.status == 0)
            #expect(outcome.stdout.isEmpty && outcome.stderr.isEmpty)
        }
    }

    @Test func warningsArePrintedAndTheBuildSucceeds() throws {
        let almanac = try AlmanacCommand.require()
        let fixture = ContentFixture.minimal()
            .replacing("621100,2020,99.2,", with: "621100,2020,,", in: "data/hospital-delivery-rate.csv")
        try BuildWorkspace.with { workspace in
            try workspace.write(fixture)
            let outcome = try almanac.run(arguments(), in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let warnings = outcome.stderr.split(separator: "\n")
            #expect(warnings.count == 1, "\(outcome.stderr)")
            #expect(warnings.first?.hasPrefix("content/data/hospital-delivery-rate.csv:9:") == true, "\(outcome.stderr)")
            #expect(warnings.first?.contains(": warning: ") == true)
            #expect(outcome.stdout.contains(" with 1 warning"), "\(outcome.stdout)")
        }
    }

    @Test func baseURLOptionReachesSitemapFeedAndPages() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(BaseURLTests.withoutBaseURL)
            let outcome = try almanac.run(arguments() + ["--base-url", "https://example.org/x/"], in: workspace.root)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let site = try workspace.outputFiles()
            #expect(site["sitemap.xml"].contains("<loc>https://example.org/x/zh/index.html</loc>"))
            #expect(site["en/feed.xml"].contains("<id>https://example.org/x/en/feed.xml</id>"))
            #expect(site["zh/index.html"].contains("<link rel=\"canonical\" href=\"https://example.org/x/zh/index.html\">"))
        }
    }

    @Test(arguments: ContentMistake.all)
    func contentMistakeExitsNonZeroWithItsMessage(_ mistake: ContentMistake) throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(mistake.fixture)
            let outcome = try almanac.run(arguments(), in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 1)
            let lines = outcome.stderr.split(separator: "\n").map(String.init)
            #expect(lines == [
                "content/" + mistake.message,
                "build failed while loading content: 1 error; site/ was left as it was",
            ])
            #expect(outcome.stdout.isEmpty)
            #expect(workspace.entries == ["content"], "nothing written, no staging folder")
        }
    }

    @Test func brokenTemplateExitsNonZeroNamingTheTemplate() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let assets = try ThemeCopy.make(in: workspace.root, breaking: "home")
            let outcome = try almanac.run(arguments(assets: assets.path), in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.contains(assets.appendingPathComponent("templates/home.mustache").path + ":"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains(": error: template does not parse"), "\(outcome.stderr)")
            #expect(outcome.stderr.hasSuffix("build failed while loading the theme: 1 error; site/ was left as it was\n"), "\(outcome.stderr)")
        }
    }

    @Test func missingContentFolderIsAMessageNotACrash() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            let outcome = try almanac.run(arguments(), in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.hasPrefix("content: error: "), "\(outcome.stderr)")
            #expect(workspace.entries.isEmpty)
        }
    }

    @Test func missingAssetsFolderIsOneLine() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let outcome = try almanac.run(
                ["build", "--content", "content", "--output", "site", "--assets", "no-theme"], in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.split(separator: "\n").map(String.init) == [
                "no-theme: error: assets folder not found",
                "build failed while loading the theme: 1 error; site/ was left as it was",
            ])
            #expect(workspace.entries == ["content"])
        }
    }

    @Test func aLinkToAFileOfTheMachineIsNotPublished() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let link = workspace.content.appendingPathComponent("static/passwd")
            try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/etc/passwd")
            let outcome = try almanac.run(arguments(), in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.hasPrefix(
                "content/static/passwd: error: symbolic link points outside the content folder: /etc/passwd\n"),
                "\(outcome.stderr)")
            #expect(workspace.entries == ["content"])
        }
    }

    @Test func outputThatIsNotASiteIsLeftAlone() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let notes = workspace.output.appendingPathComponent("notes.txt")
            try FileManager.default.createDirectory(at: workspace.output, withIntermediateDirectories: true)
            try Data("mine".utf8).write(to: notes)
            let outcome = try almanac.run(arguments(), in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.contains("was not written by almanac build"), "\(outcome.stderr)")
            #expect(try String(contentsOf: notes, encoding: .utf8) == "mine")
            #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.output.path) == ["notes.txt"])
        }
    }

    @Test func outputInsideTheContentIsRefused() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let outcome = try almanac.run(
                ["build", "--content", "content", "--output", "content/site", "--assets", PackagePaths.assets.path],
                in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 1)
            #expect(!FileManager.default.fileExists(atPath: workspace.content.appendingPathComponent("site").path))
        }
    }

    /// Each build would otherwise publish the previous site again, inside itself, under `assets/`.
    @Test func outputInsideTheAssetsIsRefused() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let assets = try ThemeCopy.make(in: workspace.root, breaking: nil)
            let before = try SiteFiles(readingFolder: assets)
            let output = assets.appendingPathComponent("static/site")
            let outcome = try almanac.run(
                ["build", "--content", "content", "--output", output.path, "--assets", assets.path], in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.hasPrefix(
                "error: \(output.path) cannot be the output folder: it is inside the assets folder; choose another --output\n"),
                "\(outcome.stderr)")
            #expect(try SiteFiles(readingFolder: assets).files == before.files, "nothing written into the theme")
        }
    }

    @Test func unknownOptionIsAUsageError() throws {
        let almanac = try AlmanacCommand.require()
        try BuildWorkspace.with { workspace in
            let outcome = try almanac.run(["build", "--no-such-option"], in: workspace.root)
            expectNoCrash(outcome)
            #expect(outcome.status != 0)
            #expect(outcome.stderr.contains("--no-such-option"))
        }
    }
}

/// A copy of the built-in theme in a test's folder, with one template broken (or none).
enum ThemeCopy {
    static func make(in folder: URL, breaking template: String?) throws -> URL {
        let copy = folder.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: PackagePaths.assets, to: copy)
        guard let template else { return copy }
        let file = copy.appendingPathComponent("templates/\(template).mustache")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data((text + "\n{{#unclosed}}\n").utf8).write(to: file)
        return copy
    }
}
