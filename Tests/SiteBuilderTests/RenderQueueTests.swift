import Dispatch
import Foundation
@testable import SiteBuilder
import SitePages
import SiteOutput
import TestSupport
import Testing

/// A file made of the downloads as written (the zip) starts as soon as they are, on a free worker, while the
/// others go on with pages — not alone at the end, on one core.
@Suite struct RenderQueueTests {
    @Test func theZipIsMadeWhilePagesAreStillRendering() throws {
        try withTemporaryDirectory { folder in
            let zipStarted = DispatchSemaphore(value: 0)
            let page = PlannedFile(path: "en/slow.html", kind: .page) {
                // Rendered after the download by the second worker: it waits for the zip, which before this
                // change started only once every page was written.
                guard zipStarted.wait(timeout: .now() + 20) == .success else {
                    throw ZipNotStarted()
                }
                return Array("page".utf8)
            }
            let download = PlannedFile(path: "data/a.csv", kind: .download) { Array("a,b\n".utf8) }
            let zip = PlannedFile(
                path: "data/downloads.zip", kind: .download, render: { [] },
                fromWritten: { file, written in
                    zipStarted.signal()
                    try Data(contentsOf: written.appendingPathComponent("data/a.csv")).write(to: file)
                })
            for subfolder in ["data", "en"] {
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(subfolder), withIntermediateDirectories: true)
            }
            let builder = SiteBuilder(options: BuildOptions(parallelism: 2))
            try builder.render([page, download, zip], progress: nil, reading: folder, into: FolderWriter(folder: folder))
            let zipped = try Data(contentsOf: folder.appendingPathComponent("data/downloads.zip"))
            #expect(String(decoding: zipped, as: UTF8.self) == "a,b\n", "made from the download as written")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("en/slow.html").path))
        }
    }

    @Test func aFailedDownloadStopsTheWorkersWaitingForIt() throws {
        try withTemporaryDirectory { folder in
            let download = PlannedFile(path: "data/a.csv", kind: .download, render: { () throws -> [UInt8] in throw ZipNotStarted() })
            let zip = PlannedFile(path: "data/downloads.zip", kind: .download, render: { [] }, fromWritten: { _, _ in })
            let pages = (1...4).map { PlannedFile(path: "en/p\($0).html", kind: .page) { [] } }
            let builder = SiteBuilder(options: BuildOptions(parallelism: 2))
            #expect(throws: BuildFailure.self) {
                try builder.render(pages + [download, zip], progress: nil, reading: folder, into: Discarding())
            }
        }
    }

    private struct ZipNotStarted: Error {}

    /// Writes nothing: for a render expected to fail.
    private struct Discarding: SiteWriting {
        func write(_ bytes: [UInt8], to path: String) throws(OutputError) {}
        func write(to path: String, making make: (URL) throws -> Void) throws {}
    }
}
