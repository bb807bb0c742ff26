import Mustache

/// A data table written by code rather than by a template: tables are the bulk of indicator and comparison pages
/// (see `HTMLWriter`). The markup and class names are those the `partials/table` template had, so the stylesheet
/// and a site's CSS still apply; templates place it with `{{{table.html}}}`.
extension TableView {
    var html: String {
        var out = HTMLWriter(capacity: 256 + rows.count * (64 + headers.count * 24))
        out.markup("<div class=\"table-scroll\" role=\"region\" aria-label=\"")
        out.text(caption)
        out.markup("\" tabindex=\"0\">\n<table class=\"data-table\">\n<caption>")
        out.text(caption)
        out.markup("</caption>\n<thead>\n<tr><th scope=\"col\">")
        out.text(corner)
        out.markup("</th>")
        for header in headers {
            out.markup("<th scope=\"col\" class=\"num\">")
            out.text(header)
            out.markup("</th>")
        }
        out.markup("</tr>\n</thead>\n<tbody>\n")
        for row in rows { row.write(to: &out) }
        out.markup("</tbody>\n</table>\n</div>\n")
        return out.string
    }
}

extension TableView.Row {
    fileprivate func write(to out: inout HTMLWriter) {
        out.markup("<tr")
        if let role {
            out.markup(" class=\"row-")
            out.text(role)
            out.markup("\"")
        }
        out.markup("><th scope=\"row\">")
        if let headerHref {
            out.markup("<a href=\"")
            out.text(headerHref)
            out.markup("\">")
            out.text(header)
            out.markup("</a>")
        } else {
            out.text(header)
        }
        out.markup("</th>")
        for cell in cells {
            out.markup(cell.numeric ? "<td class=\"num\">" : "<td>")
            out.text(cell.text)
            if let flag = cell.flag {
                out.flag(flag, title: cell.flagText)
            }
            for note in cell.notes {
                out.markup("<sup><a class=\"note-ref\" href=\"")
                out.text(note.href)
                out.markup("\">")
                out.number(note.number)
                out.markup("</a></sup>")
            }
            out.markup("</td>")
        }
        out.markup("</tr>\n")
    }
}

extension HTMLWriter {
    /// A flag letter as a mark whose `title` says what it means.
    mutating func flag(_ code: String, title: String?) {
        markup("<abbr class=\"flag\" title=\"")
        text(title ?? "")
        markup("\">")
        text(code)
        markup("</abbr>")
    }
}

extension StatusView {
    /// The `partials/status` markup, for rows written by code; the partial stays for the page's own parts.
    func write(to out: inout HTMLWriter) {
        out.markup("<span class=\"status status-")
        out.text(key)
        out.markup("\"><span class=\"status-icon\" aria-hidden=\"true\">")
        out.text(icon)
        out.markup("</span> ")
        out.text(text)
        out.markup("</span>")
    }
}

extension TableView: TemplateObject {
    /// Only the written table: its rows never go through the template's lookups.
    public func child(named name: String) -> Any? { name == "html" ? html : nil }
}
