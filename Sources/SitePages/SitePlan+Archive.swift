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
            // Rendered one at a time as the zip takes them, so a national site's downloads are never all in memory.
            let byName = Dictionary(
                downloads.map { (String($0.path.dropFirst(prefix.count)), $0) }, uniquingKeysWith: { first, _ in first })
            return try ZipArchive.bytes(paths: ["README.txt"] + byName.keys) { name in
                guard let file = byName[name] else {
                    return ZipArchive.Entry(path: name, bytes: Array(context.downloadsReadme().utf8))
                }
                return ZipArchive.Entry(path: name, bytes: try file.render(), deflate: !name.hasSuffix(".xlsx"))
            }
        }
    }
}
