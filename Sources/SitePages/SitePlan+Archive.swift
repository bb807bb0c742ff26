import Spreadsheet

extension SitePlan {
    /// Every download in one zip, with a README.txt that describes each file and its columns in every site
    /// language. It renders the downloads it holds again rather than reading them back from disk, so it stays a
    /// planned file like any other: it changes exactly when one of them (or the README's words) does.
    /// Only the files of the data folder: a language's citation files are downloads too, but belong to its pages.
    static func downloadsArchive(of planned: [PlannedFile], _ context: SiteContext, _ inputs: PlanInputs) -> PlannedFile {
        let prefix = Route.download("").path
        let downloads = planned.filter { $0.path.hasPrefix(prefix) }
        var seen: Set<String> = []
        let dependencies = (downloads.flatMap(\.dependencies) + inputs.downloadsReadme()).filter { seen.insert($0).inserted }
        return PlannedFile(path: Route.download(DownloadTable.archiveFile).path, kind: .download, dependencies: dependencies) {
            var entries = [ZipArchive.Entry(path: "README.txt", bytes: Array(context.downloadsReadme().utf8))]
            for file in downloads {
                let name = String(file.path.dropFirst(prefix.count))
                entries.append(ZipArchive.Entry(path: name, bytes: try file.render(), deflate: !name.hasSuffix(".xlsx")))
            }
            return try ZipArchive.bytes(of: entries)
        }
    }
}
