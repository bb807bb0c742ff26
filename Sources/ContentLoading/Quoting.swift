/// A value as messages show it, in double quotes so empty text and stray spaces stay visible.
func quoted(_ text: String) -> String {
    "\"\(text)\""
}

/// A list of accepted values as messages show it: `a, b or c`.
func alternatives(_ values: [String]) -> String {
    guard values.count > 1 else { return values.first ?? "" }
    return values.dropLast().joined(separator: ", ") + " or " + values[values.count - 1]
}
