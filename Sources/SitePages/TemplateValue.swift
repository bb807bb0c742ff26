import Mustache

/// View models made into what the templates look into, once per page.
///
/// swift-mustache reflects (`Mirror`) on every name it looks up, and a name not found on the innermost object —
/// every `{{i18n.…}}` inside a table row — reflects on each object of the context stack. The benchmark profile
/// showed that at 80 % of build time on large sites. Views that answer lookups themselves (`TemplateObject`) pass
/// as they are; any other view is reflected on once, here, into a dictionary, so each lookup is a dictionary hit.
/// The lookup rules stay the same (a nil field is absent, so the search goes on outwards).
enum TemplateValue {
    static func make(_ value: Any) -> Any? {
        switch value {
        case let prepared as PreparedTemplateValue:
            return prepared.value
        case is String, is Bool, is Int, is Double:
            return value
        case is TemplateObject, is TemplateObjects:
            return value
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

/// A view that answers the templates' lookups itself (`{{layout.title}}` asks the layout for `title`), so it reaches
/// the template as it is. Converting the views of every page into dictionaries (and the rows of region pages, one
/// dictionary each) was a third of the time spent in templates on a large site; a `switch` on the name costs no
/// more than the dictionary lookup it replaces.
///
/// `child(named:)` answers each stored field under its own name — nil for a nil field, so the lookup goes on
/// outwards as for a name the view lacks — and nothing else: exactly what reflecting on the view gave.
/// `TemplateObjectTests` checks each view against its reflected fields.
protocol TemplateObject: MustacheParent, Sendable {}

/// An array of `TemplateObject`s, which also reaches the templates as it is.
protocol TemplateObjects {}

extension Array: TemplateObjects where Element: TemplateObject {}

/// A value already made into what templates see (`TemplateValue.make`), passed to many pages as it is: the
/// interface strings (`UIStrings.templateTree`), which every page's template reads.
struct PreparedTemplateValue: @unchecked Sendable {
    /// Plain dictionaries, arrays and strings only (`make`'s result), immutable, so safe to share across threads.
    let value: Any?

    init(_ value: Any) {
        self.value = TemplateValue.make(value)
    }
}
