/// A value as messages show it, in double quotes so empty text and stray spaces stay visible; control and
/// invisible characters are escaped (`\u{1B}`) and a long value is cut after `quotedLength` characters (`…`),
/// so one bad cell cannot flood or drive the terminal.
func quoted(_ text: String) -> String {
    "\"\(shortened(text))\""
}

/// A value as messages show it where quotes would be noise (`region 620000, year 2020`): escaped and cut as
/// `quoted` does.
func shortened(_ text: String) -> String {
    guard let end = text.index(text.startIndex, offsetBy: quotedLength, limitedBy: text.endIndex), end < text.endIndex
    else { return text.escapingInvisibleCharacters }
    return String(text[..<end]).escapingInvisibleCharacters + "…"
}

/// The most characters of a value a message quotes.
let quotedLength = 80

/// A list of accepted values as messages show it: `a, b or c`.
func alternatives(_ values: [String]) -> String {
    guard values.count > 1 else { return values.first ?? "" }
    return values.dropLast().joined(separator: ", ") + " or " + values[values.count - 1]
}

/// The message for a bad number, shared by every column that holds one.
func badNumber(_ column: String, _ text: String) -> String {
    "bad number \(quoted(text)) in \(column): write digits with an optional leading - and one . (no exponent, no thousands separator, no leading zero)"
}

/// The message for a bad period, shared by data files, targets and charts.
func badPeriod(_ column: String, _ text: String) -> String {
    "bad period \(quoted(text)) in \(column): use a year 2020, a quarter 2020-Q1, a month 2020-03, a school year 2020/2021 or a range 2017-2019"
}
