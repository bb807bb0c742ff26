/// The direction a chart's language is read in. Right-to-left charts keep their geometry (time still runs left
/// to right, as in the table beside them and as numbers do) but write every text right to left, so Arabic
/// words, numbers and symbols of one label come in the order an Arabic reader expects.
public enum TextDirection: String, Sendable, Hashable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

extension TextLabel.Anchor {
    /// The anchor a label needs under a right-to-left root: there `start` is a label's right edge, so a label that
    /// began at `x` (`start`) must now end there (`end`) to stay put. `SVGWriter.mirrorsTextAnchors` asks for it.
    var mirrored: TextLabel.Anchor {
        switch self {
        case .start: .end
        case .end: .start
        case .middle: .middle
        }
    }
}
