import SiteModel
import Spreadsheet

/// README.txt of the downloads zip: what the zip holds (the Data Package: datapackage.json and its CSV files), each
/// file's contents and columns, and where the workbooks and JSON files are, once per site language.
extension SiteContext {
    func downloadsReadme() -> String {
        languages.map(downloadsReadme).joined(separator: "\n\n" + String(repeating: "=", count: 72) + "\n\n")
    }

    private func downloadsReadme(_ language: LanguageCode) -> String {
        let strings = strings(language)
        let heading = text(site.settings.title, language) + " — " + strings["spreadsheet.readme_title"]
        var lines = [heading, String(repeating: "-", count: ColumnWidth.columns(of: heading)), ""]
        lines += [strings["data.intro"], strings.format("data.archive_readme", ["page": Route.dataPage(language).path])]
        lines += [strings["data.formats"], ""]
        lines += ["datapackage.json", "  " + strings["data.package"], ""]
        for table in packageTables() {
            lines.append(table.file)
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
        return lines.joined(separator: "\n") + "\n"
    }
}
