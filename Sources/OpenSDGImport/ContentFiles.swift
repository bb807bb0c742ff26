import Foundation
import SiteModel

/// The files of an Almanac content folder, built as text before anything is written.
struct ContentFiles: Sendable {
    /// Relative path → text, written in path order.
    var files: [String: String] = [:]

    mutating func csv(_ path: String, header: [String], rows: [[String]]) {
        var text = Self.csvLine(header)
        for row in rows { text += Self.csvLine(row) }
        files[path] = text
    }

    /// RFC 4180: a cell is quoted where it holds a comma, a quote, a line break or spaces at its ends.
    static func csvLine(_ cells: [String]) -> String {
        cells.map { cell in
            let needsQuotes =
                cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                || cell.hasPrefix(" ") || cell.hasSuffix(" ")
            return needsQuotes ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",") + "\n"
    }

    /// A YAML double-quoted scalar (JSON's escapes, which YAML shares), safe for any text.
    static func yamlString(_ text: String) -> String { JSONString.quoted(text) }

    func write(to folder: URL) throws(OpenSDGImportError) {
        let manager = FileManager.default
        for path in files.keys.sorted() {
            let url = folder.appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data((files[path] ?? "").utf8).write(to: url)
            } catch {
                throw .writeFailed(url.path, "\(error.localizedDescription)")
            }
        }
    }
}
