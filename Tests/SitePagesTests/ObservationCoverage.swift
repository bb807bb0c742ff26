import ContentLoading
import Foundation
import Plotting
import SiteModel
import Testing
import TestSupport

/// Nothing the data holds is only in the CSV: every observation of every data file is printed on its indicator
/// page in every language, in a table row naming its region (and the values of its dimensions that differ from
/// the headline series), in the column of its period.
enum ObservationCoverage {
    /// The cells of every data table on a page: row header → column header → the cell's value text.
    static func cells(of page: String) -> [(row: String, column: String, value: String)] {
        var found: [(String, String, String)] = []
        for table in page.components(separatedBy: "<table").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            let headers = body.components(separatedBy: "</thead>")[0].components(separatedBy: "<th scope=\"col\"")
                .dropFirst().map { text(of: String($0.drop { $0 != ">" }.dropFirst())) }
            for row in body.components(separatedBy: "<th scope=\"row\">").dropFirst() {
                let header = text(of: row)
                let cells = row.components(separatedBy: "<td").dropFirst().map { text(of: String($0.drop { $0 != ">" }.dropFirst())) }
                for (index, cell) in cells.enumerated() where index + 1 < headers.count {
                    found.append((header, headers[index + 1], cell))
                }
            }
        }
        return found
    }

    /// The text up to the end of the element, tags dropped, with the first inner text (a value before its flag or
    /// note mark).
    private static func text(of html: String) -> String {
        var rest = html[...]
        if rest.hasPrefix("<a ") { rest = rest.drop { $0 != ">" }.dropFirst() }
        return HTMLScan.decodeEntities(String(rest.prefix { $0 != "<" }))
    }

    static func check(_ site: SiteFiles, content fixture: ContentFixture, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try fixture.withWrittenContent { folder in try check(site, contentDirectory: folder, sourceLocation: sourceLocation) }
    }

    static func check(_ site: SiteFiles, contentDirectory: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let model = try ContentLoader(contentDirectory: contentDirectory, displayPath: "content").load().site
        let numbers = NumberFormat(decimalSeparator: ".", groupingSeparator: ",")
        var checked = 0
        for language in model.settings.languages {
            for indicator in model.indicators {
                guard let data = model.data[indicator.id] else { continue }
                let path = "\(language)/indicators/\(indicator.id).html"
                let cells = cells(of: site[path])
                let selection = data.headlineSelection(indicator.headline)
                for observation in data.observations {
                    guard let value = observation.value else { continue }
                    let region = model.regionIndex[observation.region].map { $0.name.text(in: language, fallbacks: model.settings.languages) } ?? observation.region.rawValue
                    let labels = data.dimensionNames.compactMap { name -> String? in
                        let own = observation.dimensions[name] ?? ""
                        guard own != (selection[name] ?? ""), !own.isEmpty else { return nil }
                        return model.labels.label(own, of: name, in: language)
                    }
                    let printed = cells.contains { cell in
                        cell.column == observation.period.text && cell.value == numbers.group(value.text)
                            && cell.row.hasPrefix(region) && labels.allSatisfy(cell.row.contains)
                    }
                    #expect(
                        printed,
                        "\(path): \(data.file):\(observation.line) (\(observation.region) \(observation.period) \(observation.dimensions) \(value.text)) is not in any table",
                        sourceLocation: sourceLocation)
                    checked += 1
                }
            }
        }
        #expect(checked > 0, sourceLocation: sourceLocation)
    }
}

extension ContentFixture {
    /// The minimal fixture without `base_url`: links, citations and embed code then give paths from the site root.
    static func minimalWithoutBaseURL() -> ContentFixture {
        minimal().replacing("base_url: https://example.org/monitoring/\n", with: "", in: "site.yml")
    }
}
