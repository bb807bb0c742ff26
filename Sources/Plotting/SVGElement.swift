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

    /// Adds an attribute in place, skipping nil values: `with` for a builder that owns the element, without copying
    /// its attributes once per attribute added.
    mutating func add(_ name: String, _ value: (any SVGAttributeValue)?) {
        guard let text = value?.svgAttribute else { return }
        attributes.append((name, text))
    }

    /// The markup, written into one byte buffer: a chart has hundreds of elements, and joining strings per
    /// attribute and per tag was a good part of drawing it. One element per line without indentation, and a
    /// `font-size` equal to the one inherited left out: a page holds up to six charts of a thousand elements each,
    /// and indentation and repeated sizes were a tenth of their bytes.
    func render() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(into: &output, fontSize: nil)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], fontSize inherited: String?) {
        if name == "text" || name == "title" || name == "desc" || name == "style" {
            writeInline(into: &output, fontSize: inherited)
            output.append(UInt8(ascii: "\n"))
            return
        }
        let fontSize = writeOpenTag(into: &output, fontSize: inherited)
        if children.isEmpty && text == nil {
            output.append(contentsOf: "/>\n".utf8)
            return
        }
        output.append(contentsOf: ">\n".utf8)
        for child in children { child.write(into: &output, fontSize: fontSize) }
        writeCloseTag(into: &output)
        output.append(UInt8(ascii: "\n"))
    }

    private func writeInline(into output: inout [UInt8], fontSize inherited: String?) {
        let fontSize = writeOpenTag(into: &output, fontSize: inherited)
        if children.isEmpty && text == nil {
            output.append(contentsOf: "/>".utf8)
            return
        }
        output.append(UInt8(ascii: ">"))
        if let text {
            if name == "style" {
                output.append(contentsOf: text.utf8)
            } else {
                MarkupEscaping.appendText(text, to: &output)
            }
        }
        for child in children { child.writeInline(into: &output, fontSize: fontSize) }
        writeCloseTag(into: &output)
    }

    /// Writes the open tag without its `>`; returns the font size its children inherit.
    private func writeOpenTag(into output: inout [UInt8], fontSize inherited: String?) -> String? {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        var fontSize = inherited
        for attribute in attributes {
            if attribute.name == "font-size" {
                if attribute.value == inherited { continue }
                fontSize = attribute.value
            }
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attribute.name.utf8)
            output.append(contentsOf: "=\"".utf8)
            MarkupEscaping.appendAttribute(attribute.value, to: &output)
            output.append(UInt8(ascii: "\""))
        }
        return fontSize
    }

    private func writeCloseTag(into output: inout [UInt8]) {
        output.append(contentsOf: "</".utf8)
        output.append(contentsOf: name.utf8)
        output.append(UInt8(ascii: ">"))
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
