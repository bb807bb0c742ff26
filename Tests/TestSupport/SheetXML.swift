import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A worksheet's cells as a reader sees them, and the text of named elements of any XML part: how tests read
/// the workbooks the build writes without a spreadsheet program.
public enum SheetXML {
    public struct Cell: Hashable, Sendable {
        /// `A1`, `C12`: as written, or for a cell written without one, where a spreadsheet puts it (the column
        /// right of the row's cell before it, column A for its first; the row after the one before, if the row
        /// names none).
        public var reference: String
        /// The `t` attribute: nil for a number, `s` for a shared string, `inlineStr` for an inline string.
        public var type: String?
        /// The `v` element of a number, the text of a shared string (when the table was given), or the `t` text
        /// of an inline string.
        public var value: String
        /// Whether the cell holds a formula (`<f>`).
        public var hasFormula: Bool
    }

    /// Every row's cells, in order; rows without cells are empty. A shared string cell's value is its entry of
    /// `sharedStrings`, or `#missing N` for a number the table does not have.
    public static func rows(_ xml: [UInt8], sharedStrings: [String]? = nil) -> [[Cell]] {
        let reader = Reader()
        let parser = XMLParser(data: Data(xml))
        parser.delegate = reader
        _ = parser.parse()
        guard let sharedStrings else { return reader.rows }
        return reader.rows.map { row in
            row.map { cell in
                guard cell.type == "s" else { return cell }
                var resolved = cell
                let index = Int(cell.value) ?? -1
                resolved.value = sharedStrings.indices.contains(index) ? sharedStrings[index] : "#missing \(cell.value)"
                return resolved
            }
        }
    }

    /// The texts of a shared string table (`xl/sharedStrings.xml`), by entry number.
    public static func sharedStrings(_ xml: [UInt8]) -> [String] {
        texts(named: "si", in: String(decoding: xml, as: UTF8.self))
    }

    /// The cells of sheet `number` (from 1) of a workbook, given as its zip entries, shared strings resolved; nil
    /// for a sheet it lacks.
    public static func sheet(_ number: Int, of entries: [(path: String, bytes: [UInt8])]) -> [[Cell]]? {
        guard let sheet = entries.first(where: { $0.path == "xl/worksheets/sheet\(number).xml" }) else { return nil }
        let strings = entries.first { $0.path == "xl/sharedStrings.xml" }.map { sharedStrings($0.bytes) } ?? []
        return rows(sheet.bytes, sharedStrings: strings)
    }

    /// The character data of every element called `name` (qualified as written), entities resolved.
    public static func texts(named name: String, in xml: String) -> [String] {
        let reader = Reader(collecting: name)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        _ = parser.parse()
        return reader.texts
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let collecting: String?
        var rows: [[Cell]] = []
        var texts: [String] = []
        private var cell: Cell?
        private var text: String?
        /// The row being read and the column of its last cell (1 for A), 0 before its first.
        private var rowNumber = 0
        private var column = 0

        init(collecting: String? = nil) { self.collecting = collecting }

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch element {
            case collecting: text = ""
            case "row" where collecting == nil:
                rows.append([])
                rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                column = 0
            case "c" where collecting == nil:
                let reference: String
                if let written = attributes["r"] {
                    reference = written
                    column = Self.columnNumber(of: written)
                } else {
                    column += 1
                    reference = Self.columnName(column) + String(rowNumber)
                }
                cell = Cell(reference: reference, type: attributes["t"], value: "", hasFormula: false)
            case "v" where collecting == nil, "t" where collecting == nil: text = ""
            case "f": cell?.hasFormula = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        /// `C12` → 3.
        static func columnNumber(of reference: String) -> Int {
            reference.unicodeScalars.prefix { ("A"..."Z").contains($0) }.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        }

        /// 3 → `C`, 27 → `AA`.
        static func columnName(_ number: Int) -> String {
            var number = number
            var letters = ""
            while number > 0 {
                letters = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + letters
                number = (number - 1) / 26
            }
            return letters
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case collecting:
                texts.append(text ?? "")
                text = nil
            case "v" where collecting == nil, "t" where collecting == nil:
                cell?.value += text ?? ""
                text = nil
            case "c" where collecting == nil:
                if let cell, !rows.isEmpty { rows[rows.count - 1].append(cell) }
                cell = nil
            default: break
            }
        }
    }
}
