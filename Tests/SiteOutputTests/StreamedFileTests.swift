import Foundation
import Testing
@testable import SiteOutput

/// A file made in parts as it is written (`write(to:making:)`) is staged, claimed and committed like a file
/// written whole, and a failing one leaves the previous site as it was.
@Suite struct StreamedFileTests {
    struct Stopped: Error {}

    /// Writes `parts` one after the other into the file at `url`, as a download written while it is made.
    static func append(_ parts: [String], to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        for part in parts { try handle.write(contentsOf: Data(part.utf8)) }
    }

    @Test func aStreamedFileIsStagedAndCommittedLikeAnyOther() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["index.html": "old", "data/all.xlsx": "old workbook"])
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try output.write(Array("home".utf8), to: "index.html")
            try output.write(to: "data/all.xlsx") { url in
                #expect(url.path.hasPrefix(output.stagingDirectory.path), "written in the staging folder")
                #expect(try Data(contentsOf: url).isEmpty, "an empty file, created as a whole file is")
                try Self.append(["first part, ", "second part"], to: url)
            }
            #expect(try snapshot(of: workspace.site)["data/all.xlsx"] == Array("old workbook".utf8), "not before the commit")
            #expect(output.filesWritten == 2)
            #expect(output.bytesWritten == 4 + "first part, second part".utf8.count)
            try output.commit()
            let site = try snapshot(of: workspace.site)
            #expect(site["data/all.xlsx"] == Array("first part, second part".utf8))
            #expect(site.keys.sorted() == [".almanac-site", "data/all.xlsx", "index.html"])
            #expect(workspace.entries == ["site"])
        }
    }

    @Test func aFailingStreamLeavesThePreviousSite() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["index.html": "old", "data/all.xlsx": "old workbook"])
            let before = try snapshot(of: workspace.site)
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try output.write(Array("new".utf8), to: "index.html")
            #expect(throws: Stopped.self, "the stream's own error, passed on") {
                try output.write(to: "data/all.xlsx") { url in
                    try Self.append(["half of it"], to: url)
                    throw Stopped()
                }
            }
            output.discard()
            #expect(try snapshot(of: workspace.site) == before)
            #expect(workspace.entries == ["site"])
        }
    }

    @Test func streamedPathsAreClaimedAndCollideLikeOthers() throws {
        try Workspace.with { workspace in
            let output = try StagedOutput(destination: workspace.site, contentDirectory: workspace.content)
            try output.write(Array("x".utf8), to: "zh/about/index.html")
            var made = 0
            let overFolder = #expect(throws: OutputError.self) { try output.write(to: "zh/about") { _ in made += 1 } }
            #expect(overFolder == .cannotWrite(
                workspace.site.appendingPathComponent("zh/about").path,
                reason: "a folder of that name was already created for another file"))
            try output.write(to: "data/all.xlsx") { try Self.append(["x"], to: $0) }
            let twice = #expect(throws: OutputError.self) { try output.write(to: "data/all.xlsx") { _ in made += 1 } }
            #expect(twice == .duplicatePath(workspace.site.appendingPathComponent("data/all.xlsx").path))
            #expect(throws: OutputError.self) { try output.write([1], to: "data/all.xlsx") }
            #expect(throws: OutputError.self) { try output.write(to: "../outside") { _ in made += 1 } }
            #expect(made == 0, "no stream runs for a path that cannot be written")
            let gone = #expect(throws: OutputError.self) {
                try output.write(to: "data/gone.csv") { try FileManager.default.removeItem(at: $0) }
            }
            #expect(gone?.description.contains("it was not made as a file") == true)
            output.discard()
        }
    }

    /// In a committed site (a rebuild), the file is made beside its place and renamed over it: a reader sees the old
    /// file or the new one, and a failing stream leaves the old one and no temporary file.
    @Test func aStreamIntoACommittedSiteReplacesTheFileWhole() throws {
        try Workspace.with { workspace in
            try workspace.buildSite(["data/all.xlsx": "old workbook"])
            let update = try SiteFolderUpdate(folder: workspace.site)
            #expect(throws: Stopped.self) {
                try update.write(to: "data/all.xlsx") { url in
                    #expect(url.lastPathComponent != "all.xlsx")
                    try Self.append(["half"], to: url)
                    throw Stopped()
                }
            }
            #expect(try snapshot(of: workspace.site).keys.sorted() == [".almanac-site", "data/all.xlsx"])
            #expect(try snapshot(of: workspace.site)["data/all.xlsx"] == Array("old workbook".utf8))
            try update.write(to: "data/all.xlsx") { try Self.append(["new ", "workbook"], to: $0) }
            try update.write(to: "data/new/all.csv") { try Self.append(["a,b"], to: $0) }
            let site = try snapshot(of: workspace.site)
            #expect(site.keys.sorted() == [".almanac-site", "data/all.xlsx", "data/new/all.csv"])
            #expect(site["data/all.xlsx"] == Array("new workbook".utf8))
        }
    }
}
