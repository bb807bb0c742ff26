/// Why the site could not be written, with the path it concerns, worded for the person running the build.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A path from the pages that could lead outside the output folder or is not a portable file name.
    case invalidPath(String, reason: String)
    /// Two pages claim the same file; the second would silently overwrite the first.
    case duplicatePath(String)
    /// The file system refused to create a file or one of its folders.
    case cannotWrite(String, reason: String)
    /// A write after `commit()` or `discard()`, which would land outside any staged site.
    case outputClosed(String)
    /// The output folder holds something that no build made; replacing it could destroy the user's work.
    case foreignDestination(String)
    /// The output path names a file or a symbolic link rather than a folder.
    case destinationNotAFolder(String)
    /// The output folder is one that must never be replaced wholesale (`/`, the home folder, the content, the theme).
    case unsafeDestination(String, reason: String)
    /// The staging folder beside the output could not be prepared.
    case cannotStage(String, reason: String)
    /// The new site could not be put in place; the reason says where the previous site is.
    case cannotCommit(String, reason: String)

    public var description: String {
        switch self {
        case .invalidPath(let path, let reason):
            "\(path): not a valid output path: \(reason)"
        case .duplicatePath(let path):
            "\(path): written twice; two pages claim the same file"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write: \(reason)"
        case .outputClosed(let path):
            "\(path): cannot write: the output was already committed or discarded"
        case .foreignDestination(let path):
            "\(path) exists and was not written by almanac build; remove it or choose another --output"
        case .destinationNotAFolder(let path):
            "\(path) exists and is not a folder; remove it or choose another --output"
        case .unsafeDestination(let path, let reason):
            "\(path) cannot be the output folder: \(reason); choose another --output"
        case .cannotStage(let path, let reason):
            "\(path): cannot prepare the staging folder: \(reason)"
        case .cannotCommit(let path, let reason):
            "\(path): cannot put the new site in place: \(reason)"
        }
    }
}
