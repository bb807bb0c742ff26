// Yams' own C module (libyaml), reached for its event stream, which Yams does not expose.
internal import CYaml

/// The first alias (`*name`) of a YAML text, found with libyaml's event stream before Yams composes the text.
///
/// Content never needs aliases, and they are the one YAML feature that makes the composed tree exponentially
/// larger than its text (a few hundred bytes of nested aliases, used as a mapping key, keep Yams hashing for
/// hours), so every reader of YAML from content or a theme refuses them instead of composing: the content loader
/// and the interface-string loader both call this, which is why it is a module of its own. Syntax errors are left
/// to Yams, which reports them.
public enum YAMLAliases {
    public struct Alias: Equatable, Sendable {
        public var name: String
        /// 1-based, relative to the YAML text; the column counts Unicode scalars, as Yams' marks do.
        public var line: Int
        public var column: Int
    }

    public static func first(in text: String) -> Alias? {
        // Most content has no anchor (`&name`) at all, so no alias can resolve: skip the second parse.
        guard text.utf8.contains(UInt8(ascii: "&")) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_ALIAS_EVENT:
                    let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                    let mark = event.start_mark
                    return Alias(name: name, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    continue
                }
            }
            return nil
        }
    }
}
