/// A file's place inside the output folder, checked so that no path from the content can reach outside it.
///
/// The rules are syntactic and strict on purpose: a page's URL is generated from content, and any form a shell,
/// an operating system or a web server might read as "elsewhere" (`..`, `/x`, `~`, `a\b`, control characters) is
/// refused rather than normalised, so a bug upstream is reported instead of writing somewhere unexpected.
public struct OutputPath: Hashable, Sendable, CustomStringConvertible {
    /// Longest accepted path, in UTF-8 bytes; Linux's `PATH_MAX`.
    public static let maximumLength = 4096
    /// Longest accepted component, in UTF-8 bytes; `NAME_MAX` on common file systems.
    public static let maximumComponentLength = 255

    /// The `/`-separated relative path, exactly as given.
    public let rawValue: String

    public init(_ path: String) throws(OutputError) {
        if let reason = Self.problem(with: path) {
            throw .invalidPath(Self.printable(path), reason: reason)
        }
        rawValue = path
    }

    public var description: String { rawValue }

    /// The folders leading to the file, then the file's own name; never empty.
    var components: [String] {
        rawValue.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }

    private static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.utf8.count > maximumLength { return "longer than \(maximumLength) bytes" }
        if path.hasPrefix("/") { return "absolute paths are not allowed" }
        if path.hasPrefix("~") { return "a leading ~ is not allowed" }
        if path.contains("\\") { return "backslashes are not allowed" }
        if path.unicodeScalars.contains(where: isControl) { return "control characters are not allowed" }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty { return "empty path components (// or a trailing /) are not allowed" }
            if component == "." || component == ".." { return "'\(component)' components are not allowed" }
            if component.utf8.count > maximumComponentLength {
                return "a component is longer than \(maximumComponentLength) bytes"
            }
        }
        return nil
    }

    /// C0 and C1 control characters, including NUL and DEL: never part of a URL, and unsafe in terminal output.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The path with control characters escaped, so an error message cannot garble the terminal it is printed to.
    private static func printable(_ path: String) -> String {
        String(String.UnicodeScalarView(path.unicodeScalars.flatMap { scalar in
            isControl(scalar) ? Array(scalar.escaped(asASCII: true).unicodeScalars) : [scalar]
        }))
    }
}
