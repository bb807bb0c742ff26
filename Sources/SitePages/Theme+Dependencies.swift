import Foundation

extension Theme {
    /// The templates a template's text names as partials (`{{>partials/status}}`) or as the layout it fills
    /// (`{{<layout}}`), in order of appearance, each once.
    ///
    /// Read from the text rather than from the parsed template, whose tokens swift-mustache keeps private.
    /// Set delimiters (`{{=<% %>=}}`) and dynamic partials are not followed; the built-in theme uses neither.
    static func templateReferences(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let afterSpaces = rest.drop { $0 == " " }
            guard let sigil = afterSpaces.first, sigil == ">" || sigil == "<",
                let close = afterSpaces.range(of: "}}")
            else { continue }
            let name = afterSpaces[afterSpaces.index(after: afterSpaces.startIndex)..<close.lowerBound]
                .trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !names.contains(name) { names.append(name) }
            rest = afterSpaces[close.upperBound...]
        }
        return names
    }

    /// The theme files a template's output is made of: its own and those of every template it uses, directly
    /// or through another, by `InputName` — including a used template that no folder holds yet.
    public func templateInputs(_ name: String) -> [String] {
        var seen: [String] = []
        var queue = [name]
        while let next = queue.popLast() {
            guard !seen.contains(next) else { continue }
            seen.append(next)
            queue += templateReferences[next] ?? []
        }
        return seen.sorted().map(InputName.template)
    }
}
