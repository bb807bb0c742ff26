import SiteModel

extension LoadState {
    static let sourcesFile = "sources.csv"

    /// `sources.csv`; each `document` is returned as a reference to check once documents are read.
    mutating func loadSources(languages: [LanguageCode]) -> (sources: [Source], documents: [Reference<DocumentTag>]) {
        guard let sheet = readCSV(Self.sourcesFile) else { return ([], []) }
        requireColumns(["id"], in: sheet)
        checkLanguageColumns("title", languages: languages, in: sheet, required: true)
        checkLanguageColumns("publisher", languages: languages, in: sheet, required: false)
        warnUnknownColumns(
            sheet, known: ["id", "date", "url", "document"], perLanguage: ["title", "publisher", "url"],
            languages: languages)

        var sources: [Source] = []
        var documents: [Reference<DocumentTag>] = []
        var firstLines: [SourceID: Int] = [:]
        for row in sheet.rows {
            guard let idCell = sheet.cell("id", row), requiredText("id", row, in: sheet) != nil else { continue }
            guard IDSyntax.isSourceID(idCell.text) else {
                error("bad source id \(quoted(idCell.text)): it cannot hold #, ; or spaces", at: idCell, in: sheet.path)
                continue
            }
            let id = SourceID(idCell.text)
            guard isFirstOccurrence(id, "source id \(quoted(id.rawValue))", at: idCell, in: sheet, seen: &firstLines)
            else { continue }
            var date: String?
            if let cell = sheet.cell("date", row), !cell.text.isEmpty {
                date = cell.text
                if !ISODate.isValid(cell.text) {
                    error("bad date \(quoted(cell.text)): \(ISODate.rule)", at: cell, in: sheet.path)
                }
            }
            var document: DocumentSlug?
            if let cell = sheet.cell("document", row), !cell.text.isEmpty {
                document = DocumentSlug(cell.text)
                documents.append(
                    Reference(id: DocumentSlug(cell.text), location: location(sheet.path, line: cell.line, column: cell.column)))
            }
            sources.append(
                Source(
                    id: id,
                    title: localized("title", languages: languages, row, in: sheet, required: true),
                    publisher: localized("publisher", languages: languages, row, in: sheet, required: false),
                    date: date, url: sourceURLs(row, languages: languages, in: sheet), document: document))
        }
        return (sources, documents)
    }

    /// `url_<lang>` where the file splits the address per language, else the shared `url`; each checked where
    /// it is written, so a refused address is reported once.
    private mutating func sourceURLs(
        _ row: CSVRecord, languages: [LanguageCode], in sheet: CSVSheet
    ) -> [LanguageCode: WebAddress] {
        let shared = sheet.cell("url", row).flatMap { webAddress($0, "url", as: .absolute, in: sheet) }
        var urls: [LanguageCode: WebAddress] = [:]
        for language in languages {
            let column = "url_\(language.rawValue)"
            if let cell = sheet.cell(column, row), !cell.text.isEmpty {
                urls[language] = webAddress(cell, column, as: .absolute, in: sheet)
            } else {
                urls[language] = shared
            }
        }
        return urls
    }
}
