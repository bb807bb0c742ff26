#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A workbook's shared string table (`xl/sharedStrings.xml`): every distinct text of its sheets once, numbered in
/// the order it was first used, so the same sheets give the same table. A text cell names its text by number
/// (`<c t="s"><v>17</v></c>`), as Excel itself writes: a million-row sheet repeats a few thousand texts (region
/// names, ids, units, sources), and writing each one inline made its XML three times longer and its deflate the
/// largest cost of a national site's downloads.
///
/// The sheets of one workbook share one table, which is why it is a class: each sheet is made with the table and
/// adds its texts as it writes its rows. It is filled from one thread at a time, as a workbook is made.
///
/// Held compactly for a national site: the texts' bytes one after the other in one array, where each starts, its
/// measured width, and an open-addressed hash index of entry numbers, with no `String` per text.
public final class SharedStrings: @unchecked Sendable {
    /// Every text's UTF-8 bytes in entry order: entry `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// The grid columns each text takes (`ColumnWidth.columns(of:)`), measured once when it is added.
    private var widths: [Int32] = []
    /// Entry numbers by hash of their bytes, linear probing, `-1` for a free slot; at most half full.
    private var slots = [Int32](repeating: -1, count: 64)

    public init() {}

    /// Distinct texts held.
    public var count: Int { widths.count }

    /// The entry of `text`, added at the end if it is new, and the grid columns it takes.
    func entry(for text: String) -> (index: Int, columns: Int) {
        var text = text
        return text.withUTF8 { utf8 in
            let hash = Self.hash(utf8)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                let index = Int(slots[slot])
                if holds(utf8, at: index) { return (index, Int(widths[index])) }
                slot = (slot + 1) & mask
            }
            let index = widths.count
            let columns = ColumnWidth.columns(of: String(decoding: utf8, as: UTF8.self))
            bytes.append(contentsOf: utf8)
            starts.append(bytes.count)
            widths.append(Int32(clamping: columns))
            slots[slot] = Int32(truncatingIfNeeded: index)
            if widths.count * 2 > slots.count { growSlots() }
            return (index, columns)
        }
    }

    /// The text of entry `index`, as it was given.
    public subscript(index: Int) -> String {
        String(decoding: bytes[starts[index]..<starts[index + 1]], as: UTF8.self)
    }

    /// Whether entry `index` has exactly the bytes `utf8`: not `==` of strings, which holds canonically equivalent
    /// texts equal, though their bytes (and widths) differ.
    private func holds(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let start = starts[index]
        let size = starts[index + 1] - start
        guard size == utf8.count else { return false }
        if size == 0 { return true }
        return bytes.withUnsafeBufferPointer { held in
            memcmp(held.baseAddress! + start, utf8.baseAddress!, size) == 0
        }
    }

    /// Twice the slots, every entry placed again by the hash of its bytes.
    private func growSlots() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { all in
            for index in widths.indices {
                let text = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
                var slot = Int(truncatingIfNeeded: Self.hash(text)) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(truncatingIfNeeded: index)
            }
        }
    }

    /// FNV-1a over the bytes: the same on every run, so nothing about the table depends on a seed.
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }

    /// `xl/sharedStrings.xml`: `references` is the number of text cells naming an entry, in all sheets.
    func xml(references: Int) -> [UInt8] {
        var xml = Array(WorkbookParts.declaration.utf8)
        xml.append(contentsOf: #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count=""#.utf8)
        Worksheet.appendDecimal(references, to: &xml)
        xml.append(contentsOf: #"" uniqueCount=""#.utf8)
        Worksheet.appendDecimal(count, to: &xml)
        xml.append(contentsOf: #"">"#.utf8)
        for index in widths.indices {
            xml.append(contentsOf: "<si><t".utf8)
            let opened = xml.count
            xml.append(UInt8(ascii: ">"))
            Worksheet.appendEscaped(self[index], to: &xml)
            if Self.needsPreservedSpace(xml[(opened + 1)...]) {
                xml.insert(contentsOf: #" xml:space="preserve""#.utf8, at: opened)
            }
            xml.append(contentsOf: "</t></si>".utf8)
        }
        xml.append(contentsOf: "</sst>".utf8)
        return xml
    }

    /// Whether escaped text starts or ends with white space or holds a line break, which a spreadsheet keeps only
    /// under `xml:space="preserve"`: the attribute only where it is needed, as Excel writes it.
    static func needsPreservedSpace(_ escaped: ArraySlice<UInt8>) -> Bool {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = escaped.first, let last = escaped.last else { return false }
        return isSpace(first) || isSpace(last) || escaped.contains(0x0A) || escaped.contains(0x0D)
    }
}
