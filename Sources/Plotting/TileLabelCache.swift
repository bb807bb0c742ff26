import Foundation

/// Region names wrapped for tile labels, kept across maps: a site draws the same regions' tiles on a map of every
/// indicator and period, and wrapping each name again at every size a label's fit tries was most of a tile map's
/// cost at national scale. Only the name is kept (its lines and widest line at each size); the value, which
/// changes from map to map, is measured each time.
///
/// A name wraps the same whatever the map, so a kept layout gives the labels a fresh search gives
/// (`TileLabelCacheTests`). One cache holds one language's names: a caller makes one per language, so no text
/// is ever shared between languages. Safe to share between threads (the renderer's workers draw maps of one
/// language at once); a lock guards the table, held only to look up or add.
public final class TileLabelCache: @unchecked Sendable {
    /// What a name's wrapping depends on: the text, the width it must fit and the size the search starts at.
    struct Key: Hashable {
        var name: String
        var maxWidth: Double
        var fontSize: Double
    }

    /// A name's lines and their widest width at each size `MapLabelling.fit` tries, from the starting size
    /// down, one step of 1 px at a time, to the minimum.
    struct NameLayouts {
        var lines: [[String]]
        var widest: [Double]
    }

    private let lock = NSLock()
    private var layouts: [Key: NameLayouts] = [:]

    public init() {}

    /// How many names are kept, for tests.
    var count: Int { lock.withLock { layouts.count } }

    /// `name`'s layouts in `maxWidth` from `fontSize` down, made on the first question and kept.
    func layouts(of name: String, maxWidth: Double, fontSize: Double) -> NameLayouts {
        let key = Key(name: name, maxWidth: maxWidth, fontSize: fontSize)
        if let kept = lock.withLock({ layouts[key] }) { return kept }
        let made = Self.layouts(of: name, maxWidth: maxWidth, fontSize: fontSize)
        lock.withLock { layouts[key] = made }
        return made
    }

    /// The lines and widths `MapLabelling.fit` finds for the name at each size it tries.
    static func layouts(of name: String, maxWidth: Double, fontSize: Double) -> NameLayouts {
        var wrappable = TextMetrics.Wrappable(name)
        var layouts = NameLayouts(lines: [], widest: [])
        var size = fontSize
        while size >= MapLabelling.minimumFontSize {
            let lines = wrappable.lines(maxWidth: maxWidth, fontSize: size)
            layouts.lines.append(lines)
            layouts.widest.append(lines.map { TextMetrics.width(of: $0, fontSize: size) }.max() ?? 0)
            size -= 1
        }
        return layouts
    }
}
