import Plotting

/// Writes the large, regular parts of a page — data tables, ranked rows — straight into bytes, for the page
/// template to insert as HTML made by code (`{{{…}}}`).
///
/// A template looks up each `{{name}}` through a chain of dynamic casts; over the thousands of cells of a
/// comparison or indicator table that was most of a build. Here markup is appended as it is and every value from
/// content goes through `MarkupEscaping.attribute`, the escaping of the templates' `{{…}}`, so what is written is
/// byte for byte what the template wrote.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup written by code, appended as it is.
    mutating func markup(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// HTML already made by code (another writer's output), appended as it is.
    mutating func html(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Text from content or interface strings, escaped for text and attributes alike.
    mutating func text(_ value: String) {
        MarkupEscaping.appendAttribute(value, to: &bytes)
    }

    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// What was written, as the text a template inserts.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
