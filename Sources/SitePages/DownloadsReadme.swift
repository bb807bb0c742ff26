import SiteModel
import Spreadsheet

/// README.txt of the downloads zip: each file, what it holds and its columns, once per site language.
extension SiteContext {
    func downloadsReadme() -> String {
        languages.map(downloadsReadme).joined(separator: "\n\n" + String(repeating: "=", count: 72) + "\n\n")
    }

    private func downloadsReadme(_ language: LanguageCode) -> String {
        let strings = strings(language)
        let heading = text(site.settings.title, language) + " — " + strings["spreadsheet.readme_title"]
        var lines = [heading, String(repeating: "-", count: ColumnWidth.columns(of: heading)), ""]
        lines += [strings["data.intro"], strings["data.formats"], ""]
        lines += ["datapackage.json", "  " + strings["data.package"], ""]
        let tables = siteTables() + site.indicators.filter { site.data[$0.id] != nil }.map(observationTable)
        for table in tables {
            lines.append(table.file + (table.hasWorkbook ? ", " + table.workbookFile : ""))
            var indent = "  "
            for (label, value) in aboutLines(table, language) where !value.isEmpty {
                if !label.isEmpty { indent = "  " + String(repeating: " ", count: ColumnWidth.columns(of: label + ": ")) }
                lines.append(label.isEmpty ? indent + value : "  " + label + ": " + value)
            }
            lines.append("  " + strings["spreadsheet.column"] + ":")
            for column in table.columns {
                lines.append("    " + column.name + " (" + strings["spreadsheet.type_\(column.type.rawValue)"] + "): "
                    + columnExplanation(column, strings))
            }
            lines.append("")
        }
        for indicator in site.indicators where site.data[indicator.id] != nil {
            lines.append("\(indicator.id).json")
            lines.append("  " + strings["downloads.json"] + ": " + text(indicator.name, language))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
