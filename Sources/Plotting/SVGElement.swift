/// A minimal SVG element tree that writes deterministic, escaped markup: attributes in the order given,
/// numbers with at most two decimals, one element per line, text elements on a single line.
struct SVGElement {
    let name: String
    var attributes: [(name: String, value: String)]
    var children: [SVGElement]
    var text: String?

    init(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:],
         children: [SVGElement] = [], text: String? = nil) {
        self.name = name
        self.attributes = attributes.compactMap { key, value in
            value.svgAttribute.map { (key, $0) }
        }
        self.children = children
        self.text = text
    }

    /// Adds an attribute, skipping nil values so optional styling reads naturally at call sites.
    func with(_ name: String, _ value: (any SVGAttributeValue)?) -> SVGElement {
        guard let text = value?.svgAttribute else { return self }
        var copy = self
        copy.attributes.append((name, text))
        return copy
    }

    func render(indent: Int = 0) -> String {
        var output = ""
        write(into: &output, indent: indent)
        return output
    }

    private func write(into output: inout String, indent: Int) {
        output += String(repeating: "  ", count: indent)
        if name == "text" || name == "title" || name == "desc" || name == "style" {
            writeInline(into: &output)
            output += "\n"
            return
        }
        output += openTag
        if children.isEmpty && text == nil {
            output += "/>\n"
            return
        }
        output += ">\n"
        for child in children { child.write(into: &output, indent: indent + 1) }
        output += String(repeating: "  ", count: indent) + "</\(name)>\n"
    }

    private func writeInline(into output: inout String) {
        output += openTag
        if children.isEmpty && text == nil {
            output += "/>"
            return
        }
        output += ">"
        if let text { output += name == "style" ? text : MarkupEscaping.text(text) }
        for child in children { child.writeInline(into: &output) }
        output += "</\(name)>"
    }

    private var openTag: String {
        "<" + name + attributes.map { " \($0.name)=\"\(MarkupEscaping.attribute($0.value))\"" }.joined()
    }
}

/// Values that can be written as an attribute; nil means "leave the attribute out".
protocol SVGAttributeValue {
    var svgAttribute: String? { get }
}

extension String: SVGAttributeValue {
    var svgAttribute: String? { self }
}

extension Int: SVGAttributeValue {
    var svgAttribute: String? { String(self) }
}

extension Double: SVGAttributeValue {
    var svgAttribute: String? { SVGNumber.format(self) }
}

extension Optional: SVGAttributeValue where Wrapped: SVGAttributeValue {
    var svgAttribute: String? { self?.svgAttribute }
}
