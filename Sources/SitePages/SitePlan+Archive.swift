import Foundation
import Spreadsheet

extension SitePlan {
    /// Every download in one zip, with a README.txt that describes each file and its columns in every site
    /// language. It is a planned file like any other, naming every input of the downloads it holds, so it changes
    /// exactly when one of them (or the README's words) does; the builder makes it as soon as they are written,
    /// from the downloads as written (`PlannedFile.isMadeOfOthers`), since rendering a national site's downloads
    /// twice, a million-row CSV and workbook among them, was a quarter of its build.
    /// Only the files of the data folder: a language's citation files are downloads too, but belong to its pages.
    static func downloadsArchive(of planned: [PlannedFile], _ context: SiteContext, _ inputs: PlanInputs) -> PlannedFile {
        let prefix = Route.download("").path
        let downloads = planned.filter { $0.path.hasPrefix(prefix) }
        var seen: Set<String> = []
        let dependencies = (downloads.flatMap(\.dependencies) + inputs.downloadsReadme()).filter { seen.insert($0).inserted }
        let byName = Dictionary(
            downloads.map { (String($0.path.dropFirst(prefix.count)), $0) }, uniquingKeysWith: { first, _ in first })
        let names = ["README.txt"] + byName.keys
        /// Each download as an entry, its bytes from `contents`: one entry at a time as the zip takes them, so a
        /// national site's downloads are never all in memory.
        let entry: @Sendable (_ name: String, _ contents: (PlannedFile) throws -> ZipArchive.Entry.Piece) throws
            -> ZipArchive.Entry = { name, contents in
                guard let file = byName[name] else {
                    return ZipArchive.Entry(path: name, bytes: Array(context.downloadsReadme().utf8))
                }
                // CSV and JSON deflated at `ZipArchive.deflateLevel` (its comment weighs time against bytes);
                // workbooks are zips already, stored.
                return ZipArchive.Entry(path: name, pieces: [try contents(file)], deflate: !name.hasSuffix(".xlsx"))
            }
        return PlannedFile(
            path: Route.download(DownloadTable.archiveFile).path, kind: .download, dependencies: dependencies,
            render: { try ZipArchive.bytes(paths: names) { try entry($0) { .bytes(try $0.render()) } } },
            // Written into its file, each download read from its file a chunk at a time: at 20 million
            // observations the zip is about 2 GB.
            fromWritten: { zip, written in
                try ZipArchive.write(paths: names, to: zip) { name in
                    try entry(name) { .file(try ByteFile.reading(written.appendingPathComponent($0.path))) }
                }
            })
    }
}
