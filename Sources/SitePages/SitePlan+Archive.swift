import Foundation
import Spreadsheet

extension SitePlan {
    /// The site's Frictionless Data Package in one zip: datapackage.json, the CSV files it lists as resources
    /// and a README.txt that describes each of them and its columns in every site language. The workbooks
    /// (compressed already: deflating them again saved nothing and was most of the zip's bytes and time) and the
    /// JSON files stay on the data page, one by one, as Open SDG's and Our World in Data's zips hold CSV and
    /// metadata only. It is a planned file like any other, naming the inputs of the files it holds, so it changes
    /// exactly when one of them (or the README's words) does; the builder makes it as soon as they are written,
    /// from the files as written (`PlannedFile.isMadeOfOthers`), since rendering a national site's downloads
    /// twice, a million-row CSV among them, was a quarter of its build.
    static func downloadsArchive(of planned: [PlannedFile], _ context: SiteContext, _ inputs: PlanInputs) -> PlannedFile {
        let prefix = Route.download("").path
        let members = Set(archiveMembers(context))
        let downloads = planned.filter { $0.path.hasPrefix(prefix) && members.contains(String($0.path.dropFirst(prefix.count))) }
        var seen: Set<String> = []
        let dependencies = (downloads.flatMap(\.dependencies) + inputs.downloadsReadme()).filter { seen.insert($0).inserted }
        let byName = Dictionary(
            downloads.map { (String($0.path.dropFirst(prefix.count)), $0) }, uniquingKeysWith: { first, _ in first })
        let names = [readmeFile] + byName.keys
        /// Each download as an entry, its bytes from `contents`: one entry at a time as the zip takes them, so a
        /// national site's downloads are never all in memory.
        let entry: @Sendable (_ name: String, _ contents: (PlannedFile) throws -> ZipArchive.Entry.Piece) throws
            -> ZipArchive.Entry = { name, contents in
                guard let file = byName[name] else {
                    return ZipArchive.Entry(path: name, bytes: Array(context.downloadsReadme().utf8))
                }
                // Deflated at `ZipArchive.deflateLevel` (its comment weighs time against bytes).
                return ZipArchive.Entry(path: name, pieces: [try contents(file)])
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

    /// The README's name in the zip.
    static let readmeFile = "README.txt"

    /// The downloads the zip holds beside its README, by name in the data folder: datapackage.json and every
    /// CSV file it lists (the zip, as every zip `ZipArchive` writes, orders its entries by path).
    static func archiveMembers(_ context: SiteContext) -> [String] {
        ["datapackage.json"] + context.packageTables().map(\.file)
    }
}
