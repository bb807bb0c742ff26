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

    static func reservedRule(_ name: String) -> String {
        "\"\(name)\" is reserved for the index page of its folder; choose another name"
    }

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
