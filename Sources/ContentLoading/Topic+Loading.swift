import SiteModel

extension LoadState {
    static let topicsFile = "topics.csv"

    /// `topics.csv` in file order, which is the display order; topics nest through `parent`, at most `maximumNestingDepth` levels.
    mutating func loadTopics(languages: [LanguageCode]) -> [Topic] {
        guard let sheet = readCSV(Self.topicsFile) else { return [] }
        requireColumns(["id"], in: sheet)
        checkLanguageColumns("name", languages: languages, in: sheet, required: true)
        warnUnknownColumns(sheet, known: ["id", "parent"], perLanguage: ["name"], languages: languages)

        var topics: [Topic] = []
        var firstLines: [TopicID: Int] = [:]
        var parentCells: [TopicID: CSVCell] = [:]
        for row in sheet.rows {
            guard let idCell = sheet.cell("id", row), requiredText("id", row, in: sheet) != nil else { continue }
            // A topic's id names its page where the indicator index lists topics (`<lang>/topics/<id>.html`).
            guard isSlugID(idCell, "topic id", in: sheet) else { continue }
            let id = TopicID(idCell.text)
            guard isFirstOccurrence(id, "topic id \(quoted(id.rawValue))", at: idCell, in: sheet, seen: &firstLines)
            else { continue }
            let parentCell = sheet.cell("parent", row).flatMap { $0.text.isEmpty ? nil : $0 }
            parentCells[id] = parentCell
            topics.append(
                Topic(
                    id: id, parent: parentCell.map { TopicID($0.text) },
                    name: localized("name", languages: languages, row, in: sheet, required: true)))
        }

        let known = Set(topics.map(\.id))
        var parents: [TopicID: TopicID] = [:]
        for topic in topics {
            guard let parent = topic.parent, let cell = parentCells[topic.id] else { continue }
            if known.contains(parent) {
                parents[topic.id] = parent
            } else {
                error("unknown parent topic \(quoted(parent.rawValue))", at: cell, in: sheet.path)
            }
        }
        checkNesting(
            parents, order: topics.map(\.id), parentCells: parentCells, what: "topic", name: \.rawValue, in: sheet.path)
        return topics
    }
}
