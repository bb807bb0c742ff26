/// The shapes of ids that end up in file names and URLs.
enum IDSyntax {
    /// Indicator ids and document and page slugs: lowercase letters, digits and `-`, as in URLs.
    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
        }
    }

    static let slugRule = "use lowercase letters a-z, digits and -"

    /// Region codes name pages (`regions/<code>.html`), so they hold only characters that are safe in a file
    /// name and a URL everywhere: ASCII letters, digits, `-`, `_` and `.` (not first).
    static func isRegionCode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "." else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }

    static let regionCodeRule = "use letters, digits, -, _ and . (region codes become page addresses)"

    /// Names taken by the index page of every folder of the site (`indicators/index.html`), so no indicator,
    /// region, document or page may be called so.
    static let reservedNames: Set<String> = ["index"]

    /// Device names that Windows reserves in every folder, in any case and with any extension (`con.html`,
    /// `Aux.csv`): a site holding such a file cannot be copied to a Windows host, or to a share one serves.
    static let windowsDeviceNames: Set<String> = Set(
        ["con", "prn", "aux", "nul"] + (0...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// Whether an id that becomes a file name must not be used: the index page's name, or a Windows device name.
    static func isReserved(_ name: String) -> Bool {
        reservedNames.contains(name) || windowsDeviceNames.contains(stem(of: name).lowercased())
    }

    static func reservedRule(_ name: String) -> String {
        guard reservedNames.contains(name) else {
            return "\(quoted(name)) is a device name on Windows, where no file may be called so; choose another name"
        }
        return "\(quoted(name)) is reserved for the index page of its folder; choose another name"
    }

    /// The name up to its first `.`, which is what Windows compares with its device names.
    private static func stem(of name: String) -> Substring {
        name.prefix { $0 != "." }
    }

    /// Two ids with the same key name the same file on a case-insensitive file system (macOS and Windows by
    /// default), where one page would overwrite the other.
    static func fileNameKey(_ id: String) -> String { id.lowercased() }

    /// Language codes appear in column names (`name_zh`) and file names (`about.zh.md`): letters, digits, `-`.
    static func isLanguageCode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Source ids are cited as `id#anchor` and listed as `a;b`, so they cannot hold `#`, `;` or spaces.
    static func isSourceID(_ text: String) -> Bool {
        !text.isEmpty && !text.contains(where: { $0 == "#" || $0 == ";" || $0.isWhitespace })
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
