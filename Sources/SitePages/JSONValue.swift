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
