import Foundation
@testable import SiteBuilder
import SiteOutput
import SitePages
import Spreadsheet
import Testing
import TestSupport

/// The downloads zip is the site's Data Package, made from the downloads as written, after every other file: its
/// entries are datapackage.json and the CSV files of the data folder byte for byte, after a full build and after a
/// rebuild that changed a data file.
@Suite struct DownloadsArchiveTests {
    /// The files of the data folder the zip holds (datapackage.json and the CSVs), and the zip's entries but its
    /// README.
    static func downloadsAndEntries(_ site: SiteFiles) throws -> (files: [String: [UInt8]], entries: [String: [UInt8]]) {
        let zip = try #require(site.files["data/" + DownloadTable.archiveFile])
        var entries: [String: [UInt8]] = [:]
        for entry in try ZipArchive.entries(of: zip) where entry.path != "README.txt" { entries[entry.path] = entry.bytes }
        var files: [String: [UInt8]] = [:]
        for (path, bytes) in site.files where path.hasPrefix("data/") && (path.hasSuffix(".csv") || path == "data/datapackage.json") {
            files[String(path.dropFirst("data/".count))] = bytes
        }
        return (files, entries)
    }

    /// The paths of datapackage.json's resources, in its order.
    static func resourcePaths(_ site: SiteFiles) throws -> [String] {
        let package = try #require(site.files["data/datapackage.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(package)) as? [String: Any])
        let resources = try #require(object["resources"] as? [[String: Any]])
        return resources.compactMap { $0["path"] as? String }
    }

    @Test func theZipHoldsTheDownloadsAsWritten() throws {
        let (files, entries) = try Self.downloadsAndEntries(try BuiltSite.minimal().files)
        #expect(entries.keys.sorted() == files.keys.sorted())
        #expect(entries.keys.contains("all.csv") && entries.keys.contains("datapackage.json"))
        for (name, bytes) in files { #expect(entries[name] == bytes, "\(name)") }
    }

    /// The zip is a Frictionless Data Package: its README, datapackage.json and exactly the files that lists.
    @Test func theZipHoldsTheDataPackageAndNothingElse() throws {
        let site = try BuiltSite.minimal().files
        let zip = try #require(site.files["data/" + DownloadTable.archiveFile])
        let paths = try ZipArchive.entries(of: zip).map(\.path)
        let resources = try Self.resourcePaths(site)
        #expect(resources.count == site.paths.filter { $0.hasPrefix("data/") && $0.hasSuffix(".csv") }.count)
        #expect(paths == (["README.txt", "datapackage.json"] + resources).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// Every resource path of datapackage.json is an entry of the zip, so the package opens from the zip alone.
    @Test func everyResourceOfTheDataPackageIsInTheZip() throws {
        let site = try BuiltSite.minimal().files
        let paths = Set(try ZipArchive.entries(of: try #require(site.files["data/" + DownloadTable.archiveFile])).map(\.path))
        let resources = try Self.resourcePaths(site)
        #expect(!resources.isEmpty)
        for resource in resources { #expect(paths.contains(resource), "\(resource)") }
    }

    /// The workbooks and the JSON files stay on the data page, one by one: none gets back into the zip.
    @Test func noWorkbookOrJSONFileIsInTheZip() throws {
        let site = try BuiltSite.minimal().files
        #expect(site.files["data/all.xlsx"] != nil && site.files["data/maternal-mortality-ratio.json"] != nil)
        let paths = try ZipArchive.entries(of: try #require(site.files["data/" + DownloadTable.archiveFile])).map(\.path)
        #expect(paths.filter { $0.hasSuffix(".xlsx") }.isEmpty)
        #expect(paths.filter { $0.hasSuffix(".json") && $0 != "datapackage.json" }.isEmpty)
    }

    @Test func aRebuildOfADataFileRemakesTheZipFromTheNewFiles() throws {
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let incremental = try IncrementalBuilder(options: workspace.options())
            try workspace.write(ContentFixture.minimal().replacing(
                "620000,2020,99.6", with: "620000,2020,97.6", in: "data/hospital-delivery-rate.csv"))
            let report = try incremental.rebuild(changed: ["data/hospital-delivery-rate.csv"])
            #expect(report.rewritten.contains("data/" + DownloadTable.archiveFile))
            let site = try workspace.outputFiles()
            #expect(site.text("data/all.csv")?.contains(",620000,") == true)
            let (files, entries) = try Self.downloadsAndEntries(site)
            #expect(entries.keys.sorted() == files.keys.sorted())
            for (name, bytes) in files { #expect(entries[name] == bytes, "\(name)") }
            #expect(String(decoding: entries["hospital-delivery-rate.csv"] ?? [], as: UTF8.self).contains(",97.6,"))
            // The zip a full build makes, where every entry was written in the same build.
            let full = workspace.root.appendingPathComponent("full")
            try workspace.build(output: full)
            #expect(site.files["data/downloads.zip"] == (try workspace.outputFiles(full)).files["data/downloads.zip"])
        }
    }

    /// A deferred download is not on disk yet when the rebuild ends: the zip waits with it.
    @Test func theZipWaitsForADeferredDownload() throws {
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let incremental = try IncrementalBuilder(options: workspace.options())
            try workspace.write(ContentFixture.minimal().replacing(
                "620000,2020,99.6", with: "620000,2020,97.6", in: "data/hospital-delivery-rate.csv"))
            let report = try incremental.rebuild(changed: ["data/hospital-delivery-rate.csv"]) { $0.path == "data/all.csv" }
            #expect(report.deferred.sorted() == ["data/all.csv", "data/downloads.zip"])
            #expect(try incremental.renderDeferred().sorted() == ["data/all.csv", "data/downloads.zip"])
            let (files, entries) = try Self.downloadsAndEntries(try workspace.outputFiles())
            for (name, bytes) in files { #expect(entries[name] == bytes, "\(name)") }
        }
    }

    /// The workbooks and the zip are written to disk as they are made; their bytes are those the plan renders in
    /// memory.
    @Test func downloadsWrittenAsTheyAreMadeAreTheBytesRenderedInMemory() throws {
        let built = try BuiltSite.minimal().files
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            let planned = try SiteBuilder(options: workspace.options()).plan(baseURL: nil)
            let streamed = planned.plan.files.filter { $0.stream != nil }
            #expect(streamed.map(\.path).contains("data/all.xlsx") && streamed.map(\.path).contains("data/downloads.zip"))
            for file in streamed { #expect(built.files[file.path] == (try file.render()), "\(file.path)") }
        }
    }

    /// A file that fails while it is being written stops the build, which leaves the previous site as it was.
    @Test func aStreamFailingInABuildLeavesThePreviousSite() throws {
        struct Stopped: Error {}
        try BuildWorkspace.with { workspace in
            try workspace.write(.minimal())
            try workspace.build()
            let before = try workspace.outputFiles()
            let entries = workspace.entries
            let files = [
                PlannedFile(path: "index.html", kind: .page) { Array("new".utf8) },
                PlannedFile(path: "data/all.xlsx", kind: .download, render: { [] }) { file in
                    try Data("half a workbook".utf8).write(to: file)
                    throw Stopped()
                },
            ]
            let builder = SiteBuilder(options: workspace.options())
            let output = try StagedOutput(destination: workspace.output, contentDirectory: workspace.content)
            let failure = #expect(throws: BuildFailure.self) {
                try builder.render(files, progress: nil, reading: output.stagingDirectory, into: output)
            }
            output.discard()
            #expect(failure?.stage == "rendering pages")
            #expect(failure?.description.contains("data/all.xlsx") == true, "\(String(describing: failure))")
            let after = try workspace.outputFiles()
            #expect(after.files == before.files)
            #expect(workspace.entries == entries, "no staging folder left beside the site")
        }
    }

    /// The renderer's order: a file made of others reads what this build wrote, wherever it stands in the list.
    @Test func aFileMadeOfOthersComesAfterThem() throws {
        try withTemporaryDirectory { folder in
            let files = [
                PlannedFile(path: "joined.txt", kind: .download, render: { [] }) { file, written in
                    let read = { (name: String) in try Data(contentsOf: written.appendingPathComponent(name)) }
                    try (read("a.txt") + read("b.txt")).write(to: file)
                },
                PlannedFile(path: "a.txt", kind: .download) { Array("first ".utf8) },
                PlannedFile(path: "b.txt", kind: .download) { Array("second".utf8) },
            ]
            let builder = SiteBuilder(
                options: BuildOptions(contentDirectory: "content", outputDirectory: folder.path, parallelism: 2))
            let done = Counter()
            try builder.render(files, progress: { _, total in done.add(total) }, reading: folder, into: FolderWriter(folder: folder))
            let joined = try Data(contentsOf: folder.appendingPathComponent("joined.txt"))
            #expect(String(decoding: joined, as: UTF8.self) == "first second")
            #expect(done.values == [3, 3, 3], "progress counts every file of the list")
        }
    }
}

/// Writes into a plain folder, for tests of the renderer alone.
struct FolderWriter: SiteWriting {
    let folder: URL

    func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        do { try Data(bytes).write(to: folder.appendingPathComponent(path)) } catch {
            throw .cannotWrite(path, reason: "\(error)")
        }
    }

    func write(to path: String, making make: (URL) throws -> Void) throws {
        try make(folder.appendingPathComponent(path))
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int] = []
    func add(_ value: Int) { lock.withLock { seen.append(value) } }
    var values: [Int] { lock.withLock { seen } }
}
