import SitePages

/// The order the renderer takes files in: the costliest first, so that no large file is left to start last while
/// the other workers run out of work — with two workers, a sitewide download picked up at the end would double
/// the tail of the build. Costs are estimates from what a file is, relative to a page of a single indicator.
enum RenderOrder {
    /// Indices into `files`, costliest first; files of equal cost keep plan order.
    static func indices(of files: [PlannedFile]) -> [Int] {
        let costs = files.map(estimatedCost)
        return files.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
    }

    /// Sitewide files read every observation; indicator files read one indicator's; region pages, one value of
    /// each indicator; the rest are small.
    static func estimatedCost(_ file: PlannedFile) -> Int {
        let path = file.path
        switch file.kind {
        case .download:
            let name = path.split(separator: "/").last ?? ""
            // The zip is made from the downloads as written, as soon as they are (`RenderQueue`).
            if name == DownloadTable.archiveFile { return 10_000 }
            return name.hasPrefix("all.") || name == "datapackage.json" ? 1_000 : 30
        case .page:
            if path.hasSuffix("/indicators/index.html") || path.hasSuffix("/regions/index.html")
                || path.hasSuffix("/data.html") || path.split(separator: "/").count == 2 && path.hasSuffix("/index.html")
            {
                return 100
            }
            if path.contains("/indicators/") { return 40 }
            if path.contains("/compare/") { return 30 }
            if path.contains("/regions/") { return 10 }
            return 5
        case .chart:
            return 5
        case .feed, .meta, .asset:
            return 1
        }
    }
}
