/// Turns the bytes of a content file into text: a UTF-8 BOM is dropped, and anything that is not UTF-8 is
/// reported at the line and column of its first bad byte instead of being patched with replacement characters
/// (which would publish garbage silently).
enum TextDecoding {
    struct InvalidUTF8: Error, Equatable {
        var line: Int
        var column: Int
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidPosition(body))
    }

    /// Line and column (in Unicode scalars, as everywhere in diagnostics) of the first byte that breaks UTF-8.
    private static func firstInvalidPosition(_ bytes: ArraySlice<UInt8>) -> InvalidUTF8 {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return InvalidUTF8(line: line, column: column)
            }
        }
    }
}
