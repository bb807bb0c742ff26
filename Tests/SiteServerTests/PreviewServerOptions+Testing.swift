import Foundation
import SiteServer
import TestSupport

extension PreviewServer.Options {
    /// A server of `content` on a free port of this computer, with the package's theme and two workers.
    static func testing(_ content: URL) -> Self {
        var options = PreviewServer.Options(
            contentDirectory: content.path, assetsDirectory: PackagePaths.assets.path,
            address: ServerAddress(host: "127.0.0.1", port: 0))
        options.parallelism = 2
        return options
    }
}
