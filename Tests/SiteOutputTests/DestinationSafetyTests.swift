import Foundation
import Testing
@testable import SiteOutput

@Suite struct DestinationSafetyTests {
    @Test func refusesANonEmptyFolderWithoutTheMarker() throws {
        try Workspace.with { workspace in
            try workspace.makeFile("site/notes.txt", "mine")
            let error = #expect(throws: OutputError.self) {
                try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            }
            #expect(error?.description == "\(workspace.site.path) exists and was not written by almanac build; "
                + "remove it or choose another --output")
            #expect(try snapshot(of: workspace.site) == ["notes.txt": Array("mine".utf8)])
            #expect(workspace.entries == ["site"])
        }
    }

    /// Read-only leftovers are made writable to be deleted, so a folder that cannot even be listed must never be
    /// taken for an empty one; root lists everything, so only others can tell.
    @Test(.enabled(if: getuid() != 0)) func refusesAFolderThatCannotBeListed() throws {
        try Workspace.with { workspace in
            try workspace.makeFile("site/notes.txt", "mine")
            chmod(workspace.site.path, 0o300)
            defer { chmod(workspace.site.path, 0o755) }
            #expect(throws: OutputError.foreignDestination(workspace.site.path)) {
                try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            }
        }
    }

    @Test func aMarkerThatIsAFolderDoesNotCount() throws {
        try Workspace.with { workspace in
            try workspace.makeFolder("site/.almanac-site")
            #expect(throws: OutputError.foreignDestination(workspace.site.path)) {
                try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            }
        }
    }

    @Test func refusesAFileInPlaceOfTheOutputFolder() throws {
        try Workspace.with { workspace in
            try workspace.makeFile("site", "a file")
            #expect(throws: OutputError.destinationNotAFolder(workspace.site.path)) {
                try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            }
            #expect(workspace.entries == ["site"])
        }
    }

    /// Swapping a link would leave the site somewhere other than where the link pointed.
    @Test func refusesASymbolicLinkInPlaceOfTheOutputFolder() throws {
        try Workspace.with { workspace in
            let real = workspace.root.appendingPathComponent("real")
            try workspace.buildSite(["index.html": "x"], at: real)
            try FileManager.default.createSymbolicLink(at: workspace.site, withDestinationURL: real)
            #expect(throws: OutputError.destinationNotAFolder(workspace.site.path)) {
                try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            }
        }
    }

    @Test func refusesTheContentFolderItself() throws {
        try Workspace.with { workspace in
            try workspace.makeFile("content/site.yaml")
            let error = #expect(throws: OutputError.self) {
                try StagedOutput(destination: workspace.content, contentDirectory: workspace.content)
            }
            #expect(error == .unsafeDestination(workspace.content.path, reason: "it is the content folder"))
            #expect(error?.description
                == "\(workspace.content.path) cannot be the output folder: it is the content folder; choose another --output")
        }
    }

    @Test func refusesAFolderThatContainsTheContent() throws {
        try Workspace.with { workspace in
            let project = workspace.root.appendingPathComponent("project")
            let content = project.appendingPathComponent("content")
            try workspace.makeFile("project/content/site.yaml")
            #expect(throws: OutputError.unsafeDestination(project.path, reason: "it contains the content folder")) {
                try StagedOutput(destination: project, contentDirectory: content)
            }
        }
    }

    @Test func refusesAFolderInsideTheContent() throws {
        try Workspace.with { workspace in
            try workspace.makeFile("content/site.yaml")
            let inside = workspace.content.appendingPathComponent("public")
            #expect(throws: OutputError.unsafeDestination(inside.path, reason: "it is inside the content folder")) {
                try StagedOutput(destination: inside, contentDirectory: workspace.content)
            }
            #expect(try snapshot(of: workspace.content).keys.sorted() == ["site.yaml"])
        }
    }

    /// Inside the theme, every build would publish the previous site again inside the new one.
    @Test func refusesTheAssetsFolderAFolderInsideItAndOneContainingIt() throws {
        try Workspace.with { workspace in
            let assets = workspace.root.appendingPathComponent("theme/assets")
            try workspace.makeFile("theme/assets/static/style.css")
            let cases: [(URL, String)] = [
                (assets.appendingPathComponent("static/site"), "it is inside the assets folder"),
                (assets, "it is the assets folder"),
                (workspace.root.appendingPathComponent("theme"), "it contains the assets folder"),
            ]
            for (destination, reason) in cases {
                let error = #expect(throws: OutputError.self) {
                    try StagedOutput(destination: destination, contentDirectory: workspace.content, assetsDirectory: assets)
                }
                #expect(error == .unsafeDestination(destination.path, reason: reason))
            }
            #expect(error(for: assets.appendingPathComponent("site"), assets: assets)?.description
                == "\(assets.path)/site cannot be the output folder: it is inside the assets folder; choose another --output")
            #expect(try snapshot(of: assets).keys.sorted() == ["static/style.css"])
        }
    }

    private func error(for destination: URL, assets: URL) -> OutputError? {
        do {
            _ = try StagedOutput(destination: destination, contentDirectory: nil, assetsDirectory: assets)
            return nil
        } catch {
            return error
        }
    }

    /// `content/../content/public` and a symbolic link to the content both name the content folder.
    @Test func seesThroughDotDotAndLinksWhenComparingWithTheContent() throws {
        try Workspace.with { workspace in
            try workspace.makeFile("content/site.yaml")
            let dotted = workspace.content.appendingPathComponent("../content/public")
            #expect(throws: OutputError.self) {
                try StagedOutput(destination: dotted, contentDirectory: workspace.content)
            }
            let link = workspace.root.appendingPathComponent("link")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: workspace.content)
            #expect(throws: OutputError.self) {
                try StagedOutput(destination: link.appendingPathComponent("public"), contentDirectory: workspace.content)
            }
            #expect(throws: OutputError.self) {
                try StagedOutput(destination: workspace.content.appendingPathComponent("public"), contentDirectory: link)
            }
        }
    }

    @Test func aSiblingWhoseNameExtendsTheContentNameIsFine() throws {
        try Workspace.with { workspace in
            try workspace.makeFile("content/site.yaml")
            let sibling = workspace.root.appendingPathComponent("content-site")
            try workspace.buildSite(["index.html": "x"], at: sibling)
            #expect(FileManager.default.fileExists(atPath: sibling.appendingPathComponent("index.html").path))
        }
    }

    @Test func refusesTheRootFolder() {
        #expect(throws: OutputError.unsafeDestination("/", reason: "it is the root folder")) {
            try StagedOutput(destination: URL(fileURLWithPath: "/"), contentDirectory: nil)
        }
    }

    @Test func refusesTheHomeFolderAndItsParents() {
        let home = FileManager.default.homeDirectoryForCurrentUser
        #expect(throws: OutputError.self) { try StagedOutput(destination: home, contentDirectory: nil) }
        let parent = home.deletingLastPathComponent()
        if parent.path != "/" {
            #expect(throws: OutputError.self) { try StagedOutput(destination: parent, contentDirectory: nil) }
        }
    }

    @Test func aSecondBuildOfTheSameOutputInOneProcessIsRefused() throws {
        try Workspace.with { workspace in
            let first = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try first.write([1], to: "index.html")
            #expect(throws: OutputError.self) {
                try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            }
            #expect(try snapshot(of: first.stagingDirectory)["index.html"] == [1])
            first.discard()
            let second = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            second.discard()
        }
    }
}

@Suite struct DestinationPreparationTests {
    @Test func aFileWhereTheParentFolderShouldBeIsReported() throws {
        try Workspace.with { workspace in
            try workspace.makeFile("build", "not a folder")
            let destination = workspace.root.appendingPathComponent("build/site")
            let error = #expect(throws: OutputError.self) {
                try StagedOutput(destination: destination, contentDirectory: nil)
            }
            guard case .cannotStage(let path, let reason) = error else {
                Issue.record("expected cannotStage, got \(String(describing: error))")
                return
            }
            #expect(path == workspace.root.appendingPathComponent("build").path)
            #expect(!reason.isEmpty)
            #expect(workspace.entries == ["build"])
        }
    }
}
