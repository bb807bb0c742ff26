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
