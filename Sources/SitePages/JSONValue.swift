import SiteModel

/// A JSON document built in code and written deterministically: keys in the order given, numbers as written.
///
/// Foundation's encoders print doubles by their binary value; `number` keeps a value's decimal text, so
/// `15.07` is published as `15.07` in JSON as in CSV.
indirect enum JSONValue: Sendable {
    case string(String)
    /// A number already in JSON syntax (a `DecimalValue`'s text or an integer).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    func serialized(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .string(let text): return JSONString.quoted(text)
        case .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + $0.serialized(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            return "{\n"
                + members.map { "\(inner)\(JSONString.quoted($0.0)): \($0.1.serialized(indent: inner))" }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }
}

extension JSONValue {
    /// The value without any whitespace, appended to `output`: downloads are read by programs, and indentation
    /// was a third of a large file.
    func writeCompact(into output: inout [UInt8]) {
        switch self {
        case .string(let text): JSONString.append(text, to: &output)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.writeCompact(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONString.append(member.0, to: &output)
                output.append(UInt8(ascii: ":"))
                member.1.writeCompact(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}
