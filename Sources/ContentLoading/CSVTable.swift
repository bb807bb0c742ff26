/// One cell of a CSV file with where it starts, so every check on a value can point at it.
public struct CSVCell: Hashable, Sendable {
    public var text: String
    /// 1-based line of the cell's first character (of its opening quote, for a quoted cell).
    public var line: Int
    /// 1-based column in Unicode scalars, which is what editors show for Chinese text.
    public var column: Int
}

/// One row of a CSV file; `line` is where the row starts (a quoted cell may span several lines).
public struct CSVRecord: Hashable, Sendable {
    public var cells: [CSVCell]
    public var line: Int
}

/// A CSV file split into its header row and data rows; fully empty rows are left out.
public struct CSVTable: Hashable, Sendable {
    /// Empty when the file has no rows at all.
    public var header: [CSVCell]
    public var records: [CSVRecord]
}

/// A syntax problem found while splitting a CSV file into cells.
public struct CSVProblem: Hashable, Sendable {
    public var message: String
    public var line: Int
    public var column: Int
}
