import Foundation
import Testing
@testable import Plotting

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG element, enough for structural checks.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""
    weak var parent: XMLNode?

    init(name: String, attributes: [String: String], parent: XMLNode?) {
        self.name = name
        self.attributes = attributes
        self.parent = parent
    }

    var descendants: [XMLNode] { children.flatMap { [$0] + $0.descendants } }

    /// An attribute as the element inherits it: its own, else its nearest ancestor's (a `font-size` equal to the
    /// one inherited is not written again).
    func inherited(_ name: String) -> String? { attributes[name] ?? parent?.inherited(name) }
}

/// Parses SVG text with Foundation's XMLParser; nil when the XML is not well formed.
final class SVGTree: NSObject, XMLParserDelegate {
    private(set) var root: XMLNode?
    private var current: XMLNode?

    static func parse(_ svg: String) -> XMLNode? {
        let tree = SVGTree()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = tree
        return parser.parse() ? tree.root : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let node = XMLNode(name: name, attributes: attributes, parent: current)
        if let current { current.children.append(node) } else { root = node }
        current = node
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        current = current?.parent
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current?.text += string
    }
}

/// Boxes of chart text computed from the SVG alone with the module's width estimate, for the checks that text
/// stays inside the viewBox and labels do not overlap.
struct TextBoxes {
    struct Box {
        var className: String
        var text: String
        var rect: Rect
    }

    static func boxes(in root: XMLNode) -> [Box] {
        root.descendants.filter { $0.name == "text" }.map { node in
            let fontSize = Double(node.inherited("font-size") ?? "") ?? 13
            let x = Double(node.attributes["x"] ?? "") ?? 0
            let y = Double(node.attributes["y"] ?? "") ?? 0
            let lines = node.children.isEmpty ? [node.text] : node.children.map(\.text)
            let firstDy = node.children.first?.attributes["dy"] ?? node.attributes["dy"] ?? "0em"
            let dy = Double(firstDy.replacingOccurrences(of: "em", with: "")) ?? 0
            let bold = node.attributes["font-weight"] == "bold" || node.children.contains { $0.attributes["font-weight"] == "bold" }
            let width = (lines.map { TextMetrics.width(of: $0, fontSize: fontSize) }.max() ?? 0) * (bold ? 1.06 : 1)
            let anchor = node.attributes["text-anchor"] ?? "start"
            let left = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
            let top = y + dy * fontSize - 0.85 * fontSize
            let height = (Double(lines.count - 1) * TextMetrics.lineHeight + 1.05) * fontSize
            return Box(className: node.attributes["class"] ?? "", text: lines.joined(separator: " "),
                       rect: Rect(x: left, y: top, width: width, height: height))
        }
    }
}

@Suite struct SVGStructureTests {
    static var goldenNames: [String] {
        GoldenTests.cases.map(\.name)
    }

    static func load(_ name: String) throws -> (String, XMLNode) {
        let svg = try String(contentsOf: Golden.url(name), encoding: .utf8)
        let root = try #require(SVGTree.parse(svg), "\(name) is not well-formed XML")
        return (svg, root)
    }

    @Test(arguments: goldenNames)
    func rootIsAccessible(name: String) throws {
        let (_, root) = try Self.load(name)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["lang"]?.isEmpty == false)
        let ids = root.descendants.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids are unique")
        for reference in ["aria-labelledby", "aria-describedby"] {
            let id = try #require(root.attributes[reference])
            let target = try #require(root.descendants.first { $0.attributes["id"] == id }, "\(reference) resolves")
            #expect(!target.text.trimmingCharacters(in: .whitespaces).isEmpty)
        }
        func element(referencedBy attribute: String) -> String? {
            let id = root.attributes[attribute]
            return root.descendants.first { $0.attributes["id"] == id }?.name
        }
        #expect(element(referencedBy: "aria-labelledby") == "title")
        #expect(element(referencedBy: "aria-describedby") == "desc")
        let prefix = try #require(root.attributes["aria-labelledby"]?.split(separator: "-").first)
        #expect(ids.allSatisfy { $0.hasPrefix(prefix + "-") }, "every id carries the chart's prefix")
        for url in root.descendants.compactMap({ $0.attributes["fill"] }).filter({ $0.hasPrefix("url(#") }) {
            #expect(ids.contains(String(url.dropFirst(5).dropLast())), "\(url) resolves")
        }
    }

    @Test(arguments: goldenNames)
    func numbersAreClean(name: String) throws {
        let (svg, root) = try Self.load(name)
        #expect(!svg.contains("NaN") && !svg.contains("Infinity") && !svg.contains("inf"))
        let numeric = ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "font-size"]
        for node in [root] + root.descendants where node !== root {
            for key in numeric {
                guard let value = node.attributes[key] else { continue }
                #expect(Double(value) != nil, "\(key)=\(value) is a number")
                #expect(value != "-0", "no negative zero")
                if let dot = value.firstIndex(of: ".") {
                    #expect(value[value.index(after: dot)...].count <= 2, "\(key)=\(value) has at most 2 decimals")
                }
            }
            if let d = node.attributes["d"] {
                #expect(!d.isEmpty)
                #expect(!d.contains("-0,") && !d.contains("-0L") && !d.hasSuffix("-0"))
            }
        }
        for node in root.descendants where node.name == "text" {
            let size = Double(node.inherited("font-size") ?? "") ?? 0
            #expect(size >= 10, "text at \(size) px is too small")
        }
    }

    @Test(arguments: goldenNames)
    func textStaysInsideViewBox(name: String) throws {
        let (_, root) = try Self.load(name)
        let parts = try #require(root.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        let (width, height) = (parts[2], parts[3])
        for box in TextBoxes.boxes(in: root) {
            #expect(box.rect.minX >= -0.5 && box.rect.maxX <= width + 0.5 && box.rect.minY >= -0.5
                    && box.rect.maxY <= height + 0.5, "\(box.text) at \(box.rect) leaves the \(width)×\(height) viewBox")
        }
    }

    @Test(arguments: goldenNames)
    func labelsDoNotOverlap(name: String) throws {
        let (_, root) = try Self.load(name)
        let checked = ["tick-label", "direct-label", "bar-label", "value-label", "legend-label", "target-label",
                       "reference-label", "panel-title", "panel-value"]
        let boxes = TextBoxes.boxes(in: root).filter { box in
            checked.contains { box.className.split(separator: " ").contains(Substring($0)) }
        }
        for (index, a) in boxes.enumerated() {
            for b in boxes[(index + 1)...] {
                #expect(!a.rect.intersects(b.rect, padding: -0.5), "\"\(a.text)\" overlaps \"\(b.text)\"")
            }
        }
    }
}
