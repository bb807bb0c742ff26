/// Fills `{name}` placeholders in interface texts, for charts and pages alike.
///
/// One pass, in text order: a value is copied as it is and never searched again, so a name such as
/// "Rate {period}" is printed as written, and the result does not depend on the order of `values` (a dictionary,
/// whose order changes from process to process).
public enum Placeholders {
    /// `template` with each `{name}` whose name is in `values` replaced by its value; any other brace stays as written.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}",
                let value = values[String(rest[afterOpen..<close])]
            else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The texts before and after the first `{name}` of `template`, for a pattern that wraps one value
    /// (`{value}%` → ("", "%")); nil where `template` has no `{name}`.
    public static func affixes(of template: String, around name: String) -> (before: String, after: String)? {
        guard let range = template.range(of: "{\(name)}") else { return nil }
        return (String(template[..<range.lowerBound]), String(template[range.upperBound...]))
    }
}
