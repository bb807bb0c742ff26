/// The direction a chart's language is read in. Right-to-left charts keep their geometry (time still runs left
/// to right, as in the table beside them and as numbers do) but write every text right to left, so Arabic
/// words, numbers and symbols of one label come in the order an Arabic reader expects.
public enum TextDirection: String, Sendable, Hashable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

extension SVGElement {
    /// This element with every text's anchor swapped for a right-to-left root: under `direction="rtl"`, `start`
    /// is a label's right edge, so a label that began at `x` (`start`) must now end there (`end`) to stay put.
    func mirroringTextAnchors() -> SVGElement {
        var copy = self
        copy.children = children.map { $0.mirroringTextAnchors() }
        guard name == "text" else { return copy }
        let anchor = attributes.first { $0.name == "text-anchor" }?.value ?? "start"
        let mirrored = anchor == "start" ? "end" : anchor == "end" ? "start" : anchor
        copy.attributes.removeAll { $0.name == "text-anchor" }
        copy.attributes.append(("text-anchor", mirrored))
        return copy
    }
}
