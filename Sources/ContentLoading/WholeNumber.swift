/// A whole number from 0 written with digits only (grid positions, decimals).
func nonNegativeInteger(_ text: String) -> Int? {
    guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
    return Int(text)
}
