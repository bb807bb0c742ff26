/// The three ways `almanac check` prints a diagnostic. The machine formats are a contract with the tools that
/// read them (editors, CI); docs/check-output.md documents them, and a change there is a breaking change.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: message`, as the build prints, with indented `note:` and `hint:` lines.
    case text
    /// One JSON object per line.
    case json
    /// GitHub Actions workflow commands, which GitHub shows as annotations on the changed files.
    case github
}

extension Diagnostic {
    /// The lines that print this diagnostic in `format`.
    public func lines(_ format: DiagnosticFormat) -> [String] {
        switch format {
        case .text: textLines
        case .json: [jsonLine]
        case .github: [githubAnnotation]
        }
    }

    /// The printed line, then the publisher's note and the hint, each on an indented line of its own so that
    /// tools reading `file:line:column:` lines skip them.
    public var textLines: [String] {
        var lines = [description]
        if let note { lines.append("    note: \(note.escapingInvisibleCharacters)") }
        if let hint { lines.append("    hint: \(hint.escapingInvisibleCharacters)") }
        return lines
    }

    /// `{"severity":…,"file":…,"line":…,"column":…,"code":…,"message":…}`, with `hint` and `note` only where
    /// there is one; `line` and `column` are null where the problem is about a whole file.
    public var jsonLine: String {
        var fields: [(String, String)] = [
            ("severity", JSONString.quoted(severity.rawValue)),
            ("file", JSONString.quoted(location.file)),
            ("line", location.line.map(String.init) ?? "null"),
            ("column", location.column.map(String.init) ?? "null"),
            ("code", JSONString.quoted(code)),
            ("message", JSONString.quoted(message)),
        ]
        if let hint { fields.append(("hint", JSONString.quoted(hint))) }
        if let note { fields.append(("note", JSONString.quoted(note))) }
        return "{" + fields.map { "\(JSONString.quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    /// `::warning file=…,line=…,col=…,title=<code>::<message>`; `info` is a `notice`. The note and hint follow
    /// the message on lines of their own, which GitHub shows inside the annotation.
    public var githubAnnotation: String {
        let command: String
        switch severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .info: command = "notice"
        }
        var properties = ["file=\(GitHubEscaping.property(location.file))"]
        if let line = location.line { properties.append("line=\(line)") }
        if let column = location.column { properties.append("col=\(column)") }
        properties.append("title=\(GitHubEscaping.property(code))")
        var text = message.escapingInvisibleCharacters
        if let note { text += "\nnote: \(note.escapingInvisibleCharacters)" }
        if let hint { text += "\nhint: \(hint.escapingInvisibleCharacters)" }
        return "::\(command) \(properties.joined(separator: ","))::\(GitHubEscaping.data(text))"
    }
}

/// GitHub's escaping of workflow commands (as its toolkit's `escapeData` and `escapeProperty` do): `%`, CR
/// and LF everywhere, and in properties also `:` and `,`, which would end the property.
enum GitHubEscaping {
    static func data(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    static func property(_ text: String) -> String {
        data(text.escapingInvisibleCharacters).replacingColonsAndCommas
    }
}

extension String {
    fileprivate var replacingColonsAndCommas: String {
        var result = ""
        for character in unicodeScalars {
            switch character {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
