/// The caller's id prefix made safe for XML ids: letters, digits, "-" and "_" only, starting with a letter,
/// so ids of many charts on one page stay valid and distinct.
struct ChartID {
    let prefix: String

    init(_ raw: String) {
        let cleaned = String(raw.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_")
            return allowed ? Character(scalar) : "-"
        })
        let startsWithLetter = cleaned.unicodeScalars.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        prefix = startsWithLetter == true ? cleaned : "c" + cleaned
    }

    func callAsFunction(_ suffix: String) -> String { prefix + "-" + suffix }
}
