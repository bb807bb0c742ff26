extension ChartStrings {
    /// `template` with each `{key}` replaced by its value, in one pass (see `Placeholders`).
    func fill(_ template: String, _ values: [String: String]) -> String {
        Placeholders.fill(template, values)
    }

    /// Sentences joined into one paragraph, each ended once.
    func paragraph(_ sentences: [String]) -> String {
        sentences.filter { !$0.isEmpty }.map { sentence in
            sentence.hasSuffix(sentenceEnd) ? sentence : sentence + sentenceEnd
        }.joined(separator: sentenceSeparator)
    }

    func list(_ names: [String]) -> String { names.joined(separator: listSeparator) }
}
