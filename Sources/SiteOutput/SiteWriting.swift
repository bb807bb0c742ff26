import Foundation

/// Where the builder puts the files it renders: a staged site (`StagedOutput`, a build) or a committed one
/// (`SiteFolderUpdate`, a rebuild). A file comes whole, or is made by a function writing it in parts into the
/// empty file at the URL it is given, for a file too large to hold in memory.
public protocol SiteWriting: Sendable {
    func write(_ bytes: [UInt8], to path: String) throws(OutputError)
    func write(to path: String, making make: (URL) throws -> Void) throws
}

extension StagedOutput: SiteWriting {}
extension SiteFolderUpdate: SiteWriting {}
