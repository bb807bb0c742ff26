/// Writes a chart's SVG straight into one byte buffer, element by element, as the data tables are written: no
/// tree of elements is built first, and numbers and colours go in as bytes, never as strings.
///
/// The markup is deterministic: attributes in the order written, numbers with at most two decimals
/// (`SVGNumber`), every value escaped (`MarkupEscaping`), one element per line without indentation, and the
/// elements that hold text (`text`, `title`, `desc`, `style`) on a single line with their `tspan`s. A
/// `font-size` equal to the one inherited is left out: a page holds up to six charts of a thousand elements each,
/// and indentation and repeated sizes were a tenth of their bytes.
///
/// Use: `open` an element, write its attributes, then its children or text, then `close` it; an element closed
/// with nothing inside is written `<name …/>`.
struct SVGWriter {
    private(set) var bytes: [UInt8] = []
    /// Under a right-to-left root, `TextLabel` swaps every text's anchor (see `TextDirection`).
    var mirrorsTextAnchors = false

    private struct OpenElement {
        let name: StaticString
        /// Its content stays on its line: a text element, or anything inside one.
        let isInline: Bool
        /// Inside a text element: no line break after its end tag either.
        let isNested: Bool
        /// The font size its children inherit, in `SVGNumber.hundredths`; nil above the first one.
        var fontSize: Int64?
    }

    private var open: [OpenElement] = []
    /// The innermost element's start tag still lacks its `>`: attributes may follow.
    private var startTagIsOpen = false

    init(capacity: Int = 8192) {
        bytes.reserveCapacity(capacity)
    }

    /// The markup written, once every element is closed.
    var markup: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts `name` as a child of the innermost open element.
    mutating func open(_ name: StaticString) {
        endStartTag()
        let parent = open.last
        let isNested = parent?.isInline ?? false
        let holdsText = Self.holdsText(name)
        open.append(OpenElement(name: name, isInline: isNested || holdsText, isNested: isNested,
                                fontSize: parent?.fontSize))
        bytes.append(UInt8(ascii: "<"))
        append(name)
        startTagIsOpen = true
    }

    /// Ends the innermost element: `/>` when nothing was written inside it.
    mutating func close() {
        guard let element = open.popLast() else { return }
        if startTagIsOpen {
            bytes.append(contentsOf: "/>".utf8)
            startTagIsOpen = false
        } else {
            bytes.append(contentsOf: "</".utf8)
            append(element.name)
            bytes.append(UInt8(ascii: ">"))
        }
        if !element.isNested { bytes.append(UInt8(ascii: "\n")) }
    }

    /// An attribute with text, escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        startAttribute(name)
        MarkupEscaping.appendAttribute(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// An attribute whose value is two texts one after the other (`class="series series-primary"`), escaped.
    mutating func attribute(_ name: StaticString, _ first: String, _ second: String) {
        startAttribute(name)
        MarkupEscaping.appendAttribute(first, to: &bytes)
        MarkupEscaping.appendAttribute(second, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// An attribute with a number, written as `SVGNumber` does.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        startAttribute(name)
        SVGNumber.append(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// An attribute with a number and a unit after it (`dy="0.32em"`).
    mutating func attribute(_ name: StaticString, _ value: Double, unit: StaticString) {
        startAttribute(name)
        SVGNumber.append(value, to: &bytes)
        append(unit)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A colour as lowercase `#rrggbb`.
    mutating func attribute(_ name: StaticString, _ color: RGBColor) {
        startAttribute(name)
        bytes.append(UInt8(ascii: "#"))
        appendHex(color.red)
        appendHex(color.green)
        appendHex(color.blue)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Path data, made of numbers and commands only, so written as it is.
    mutating func attribute(_ name: StaticString, _ path: SVGPath) {
        startAttribute(name)
        bytes.append(contentsOf: path.data)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `font-size`, left out when it equals the size the element inherits; its children inherit it.
    mutating func fontSize(_ value: Double) {
        let size = SVGNumber.hundredths(value)
        guard let last = open.indices.last, open[last].fontSize != size else { return }
        open[last].fontSize = size
        attribute("font-size", value)
    }

    /// Text inside the innermost element, escaped.
    mutating func text(_ value: String) {
        endStartTag()
        MarkupEscaping.appendText(value, to: &bytes)
    }

    /// Text copied as it is, for the stylesheet of `<style>`, which CSS reads and entities would break.
    mutating func unescapedText(_ value: String) {
        endStartTag()
        bytes.append(contentsOf: value.utf8)
    }

    private static let textElements: [[UInt8]] = ["text", "title", "desc", "style"].map { Array($0.utf8) }

    private static func holdsText(_ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard count == 4 || count == 5 else { return false }
        let bytes = UnsafeBufferPointer(start: name.utf8Start, count: count)
        return textElements.contains { $0.elementsEqual(bytes) }
    }

    private mutating func appendHex(_ component: UInt8) {
        func digit(_ value: UInt8) -> UInt8 { value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10 }
        bytes.append(digit(component >> 4))
        bytes.append(digit(component & 0xF))
    }

    private mutating func startAttribute(_ name: StaticString) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(contentsOf: "=\"".utf8)
    }

    private mutating func endStartTag() {
        guard startTagIsOpen, let element = open.last else { return }
        bytes.append(UInt8(ascii: ">"))
        if !element.isInline { bytes.append(UInt8(ascii: "\n")) }
        startTagIsOpen = false
    }

    private mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
