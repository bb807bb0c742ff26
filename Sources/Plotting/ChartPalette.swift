/// The colours of every chart, chosen for colour-blind readers: lines, bars and the target rule keep at least
/// 3:1 against the background, text at least 4.5:1. The site restyles them through CSS custom properties;
/// these are the fallbacks written into each chart.
public struct ChartPalette: Sendable, Hashable {
    public var background: RGBColor
    public var text: RGBColor
    public var mutedText: RGBColor
    /// Decorative gridlines, exempt from the contrast rule.
    public var grid: RGBColor
    public var primary: RGBColor
    /// Comparator series in order; cycles when there are more comparators.
    public var comparators: [RGBColor]
    public var context: RGBColor
    public var target: RGBColor
    /// Faint band on the side of the target where it is met.
    public var targetBand: RGBColor
    /// Light to dark, at least three colours; a map with fewer classes takes evenly spread ones.
    public var sequential: [RGBColor]
    public var met: RGBColor
    public var notMet: RGBColor
    public var noTarget: RGBColor
    /// Hatching of "no data" tiles.
    public var noData: RGBColor

    public init(
        background: RGBColor, text: RGBColor, mutedText: RGBColor, grid: RGBColor, primary: RGBColor,
        comparators: [RGBColor], context: RGBColor, target: RGBColor, targetBand: RGBColor,
        sequential: [RGBColor], met: RGBColor, notMet: RGBColor, noTarget: RGBColor, noData: RGBColor
    ) {
        self.background = background
        self.text = text
        self.mutedText = mutedText
        self.grid = grid
        self.primary = primary
        self.comparators = comparators.isEmpty ? [primary] : comparators
        self.context = context
        self.target = target
        self.targetBand = targetBand
        self.sequential = sequential.count >= 3 ? sequential : [background, context, text]
        self.met = met
        self.notMet = notMet
        self.noTarget = noTarget
        self.noData = noData
    }

    /// `count` colours of the sequential ramp, evenly spread from lightest to darkest.
    public func sequential(classes count: Int) -> [RGBColor] {
        guard count > 1 else { return count == 1 ? [sequential[sequential.count / 2]] : [] }
        let last = Double(sequential.count - 1)
        return (0..<count).map { index in
            sequential[Int((Double(index) * last / Double(count - 1)).rounded())]
        }
    }

    /// The colour for a text label on `fill`: the palette's text colour or the background, whichever reads better.
    public func label(on fill: RGBColor) -> RGBColor {
        text.contrast(with: fill) >= background.contrast(with: fill) ? text : background
    }

    /// Okabe–Ito colours with ColorBrewer Blues for maps (the middle blues that neither dark nor white text can
    /// be read on are left out).
    public static let okabeIto = ChartPalette(
        background: .white, text: hex("#333333"), mutedText: hex("#666666"), grid: hex("#e0e0e0"),
        primary: hex("#0072b2"),
        comparators: [hex("#d55e00"), hex("#009e73"), hex("#cc79a7"), hex("#000000")],
        context: hex("#8c8c8c"), target: hex("#333333"), targetBand: hex("#009e73"),
        sequential: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#2171b5", "#08519c", "#08306b"].map(hex),
        met: hex("#0072b2"), notMet: hex("#e69f00"), noTarget: hex("#d9d9d9"), noData: hex("#8c8c8c")
    )

    /// Paul Tol's bright scheme with the same blues for maps.
    public static let tolBright = ChartPalette(
        background: .white, text: hex("#333333"), mutedText: hex("#666666"), grid: hex("#e0e0e0"),
        primary: hex("#4477aa"), comparators: [hex("#ee6677"), hex("#228833"), hex("#aa3377")],
        context: hex("#8c8c8c"), target: hex("#333333"), targetBand: hex("#228833"),
        sequential: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#2171b5", "#08519c", "#08306b"].map(hex),
        met: hex("#4477aa"), notMet: hex("#ccbb44"), noTarget: hex("#d9d9d9"), noData: hex("#8c8c8c")
    )

    private static func hex(_ text: String) -> RGBColor { RGBColor(hex: text) ?? .black }
}
