import SiteModel

extension LoadState {
    /// The value of a number cell, or nil with an error saying what is wrong with it; one reading for every
    /// column that holds a number.
    mutating func decimalValue(_ cell: CSVCell, column: String, in path: String) -> DecimalValue? {
        switch DecimalValue.parse(cell.text) {
        case .success(let value):
            return value
        case .failure(.notPlain):
            error(badNumber(column, cell.text), at: cell, in: path)
        case .failure(.tooManyDigits):
            error(
                "number in \(column) has more than \(DecimalValue.maximumDigits) digits, more than any statistic has",
                at: cell, in: path)
        case .failure(.outOfRange):
            error("number \(quoted(cell.text)) in \(column) is too large to compare or draw", at: cell, in: path)
        }
        return nil
    }
}
