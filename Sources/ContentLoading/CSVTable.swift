/// One cell of a CSV file with where it starts, so every check on a value can point at it.
struct CSVCell: Hashable, Sendable {
    var text: String
    /// 1-based line of the cell's first character (of its opening quote, for a quoted cell).
    var line: Int
    /// 1-based column in Unicode scalars, which is what editors show for Chinese text.
    var column: Int
}

/// One row of a CSV file; `line` is where the row starts (a quoted cell may span several lines).
struct CSVRecord: Hashable, Sendable {
    var cells: [CSVCell]
    var line: Int
}

/// A CSV file split into its header row and data rows; fully empty rows are left out.
struct CSVTable: Hashable, Sendable {
    /// Empty when the file has no rows at all.
    var header: [CSVCell]
    var records: [CSVRecord]
}

/// A syntax problem found while splitting a CSV file into cells.
struct CSVProblem: Hashable, Sendable {
    var message: String
    var line: Int
    var column: Int
}
