extension ChartStrings {
    /// `template` with each `{key}` replaced by its value; unknown placeholders stay as written.
    func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let key = String(rest[rest.index(after: open)..<close])
            if let value = values[key] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Sentences joined into one paragraph, each ended once.
    func paragraph(_ sentences: [String]) -> String {
        sentences.filter { !$0.isEmpty }.map { sentence in
            sentence.hasSuffix(sentenceEnd) ? sentence : sentence + sentenceEnd
        }.joined(separator: sentenceSeparator)
    }

    func list(_ names: [String]) -> String { names.joined(separator: listSeparator) }
}
