/// View models turned into plain dictionaries and arrays once per page, before the templates look into them.
///
/// swift-mustache reflects (`Mirror`) on every name it looks up, and a name not found on the innermost object —
/// every `{{i18n.…}}` inside a table row — reflects on each object of the context stack. The benchmark profile
/// showed that at 80 % of build time on large sites. One reflection per object, here, makes each lookup a
/// dictionary hit; the lookup rules stay the same (a nil field is absent, so the search goes on outwards).
enum TemplateValue {
    static func make(_ value: Any) -> Any? {
        switch value {
        case let prepared as PreparedTemplateValue:
            return prepared.value
        case is String, is Bool, is Int, is Double:
            return value
        case let fields as TemplateFields:
            return fields.templateFields.compactMapValues { $0.flatMap(make) }
        case let array as [Any]:
            return array.compactMap(make)
        case let dictionary as [String: Any]:
            return dictionary.compactMapValues(make)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                return mirror.children.first.flatMap { make($0.value) }
            case .struct, .class:
                var fields: [String: Any] = [:]
                for child in mirror.children {
                    if let label = child.label, let field = make(child.value) { fields[label] = field }
                }
                return fields
            default:
                return value
            }
        }
    }
}

/// A view whose fields are listed by hand, for the rows of big tables: a reflection per row still costs most of a
/// large comparison page, a dictionary literal almost nothing. Nil fields may be left out or given as nil.
protocol TemplateFields {
    var templateFields: [String: Any?] { get }
}

/// A value already made into what templates see (`TemplateValue.make`), passed to many pages as it is: the
/// interface strings (`UIStrings.templateTree`), which every page's template reads.
struct PreparedTemplateValue: @unchecked Sendable {
    /// Plain dictionaries, arrays and strings only (`make`'s result), immutable, so safe to share across threads.
    let value: Any?

    init(_ value: Any) {
        self.value = TemplateValue.make(value)
    }
}
