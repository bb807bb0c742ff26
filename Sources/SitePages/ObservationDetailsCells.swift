import SiteModel

/// The download cells an observation's details fill — each dimension, the note in each language, the source —
/// made once per distinct details rather than once per row: a data file's rows share a few details (the loader
/// gives rows with equal ones the same instance), so a million rows look up and format a handful.
struct ObservationDetailsCells {
    let dimensions: [String]
    let languages: [LanguageCode]
    /// The cells of a row without details: every one empty.
    let none: [String]
    private var made: [ObjectIdentifier: [String]] = [:]
    /// The details read last and their cells, kept alive so their identity stays theirs.
    private var last: (details: ObservationDetails, cells: [String])?

    init(dimensions: [String], languages: [LanguageCode]) {
        self.dimensions = dimensions
        self.languages = languages
        none = Array(repeating: "", count: dimensions.count + languages.count + 1)
    }

    mutating func cells(_ details: ObservationDetails?) -> [String] {
        guard let details else { return none }
        if let last, last.details === details { return last.cells }
        let cells = made[ObjectIdentifier(details)] ?? Self.cells(details, dimensions: dimensions, languages: languages)
        made[ObjectIdentifier(details)] = cells
        last = (details, cells)
        return cells
    }

    /// The cells as the model reads them: an absent dimension or note is empty.
    static func cells(_ details: ObservationDetails, dimensions: [String], languages: [LanguageCode]) -> [String] {
        dimensions.map { details.dimensions[$0] ?? "" } + languages.map { details.note[$0] ?? "" }
            + [details.source?.description ?? ""]
    }
}
