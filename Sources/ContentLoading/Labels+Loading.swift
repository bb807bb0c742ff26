import SiteModel

extension LoadState {
    static let labelsFile = "labels.csv"

    /// The optional `labels.csv`: a row with an empty `code` names the dimension itself.
    mutating func loadLabels(languages: [LanguageCode]) -> Labels {
        guard let sheet = readCSV(Self.labelsFile, required: false) else { return Labels() }
        requireColumns(["dimension", "code"], in: sheet)
        checkLanguageColumns("name", languages: languages, in: sheet, required: true)
        warnUnknownColumns(sheet, known: ["dimension", "code"], perLanguage: ["name"], languages: languages)

        var labels = Labels()
        var firstLines: [String: Int] = [:]
        for row in sheet.rows {
            guard let dimension = requiredText("dimension", row, in: sheet),
                let dimensionCell = sheet.cell("dimension", row)
            else { continue }
            let code = sheet.text("code", row)
            let what = code.isEmpty ? "label of dimension \(quoted(dimension))" : "label \(quoted(dimension)) \(quoted(code))"
            guard isFirstOccurrence("\(dimension)\u{1F}\(code)", what, at: dimensionCell, in: sheet, seen: &firstLines)
            else { continue }
            let name = localized("name", languages: languages, row, in: sheet, required: true)
            if code.isEmpty {
                labels.dimensionNames[dimension] = name
            } else {
                labels.values[dimension, default: [:]][code] = name
            }
        }
        return labels
    }
}
